import { Catch, type ExceptionFilter } from '@nestjs/common';
import { GraphQLError } from 'graphql';

/**
 * Contract errors (NOT_FOUND, FORBIDDEN, SERVICE_UNAVAILABLE …) are answers, not failures: hand
 * them to Apollo as they are instead of logging each one with a stack trace.
 */
@Catch(GraphQLError)
export class ContractErrorFilter implements ExceptionFilter {
  catch(exception: GraphQLError): GraphQLError {
    return exception;
  }
}
