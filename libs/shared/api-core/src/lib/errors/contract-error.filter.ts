import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code.constant';

/** The HTTP status of each contract code, for REST routes (contract: "the matching HTTP status"). */
export const HTTP_STATUS_OF: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/**
 * Contract errors (NOT_FOUND, FORBIDDEN, SERVICE_UNAVAILABLE …) are answers, not failures. In a
 * GraphQL request they go to Apollo as they are (extensions.code); in a REST request (an export,
 * an upload) the same error becomes its HTTP status with `{ code, message, field }`, so a service
 * shared by both transports never turns "not found" into a 500.
 */
@Catch(GraphQLError)
export class ContractErrorFilter implements ExceptionFilter {
  catch(exception: GraphQLError, host: ArgumentsHost): GraphQLError | void {
    if (host.getType() !== 'http') return exception;
    const code = (exception.extensions?.['code'] as ErrorCode | undefined) ?? ErrorCode.INTERNAL_SERVER_ERROR;
    const status = HTTP_STATUS_OF[code] ?? 500;
    const field = exception.extensions?.['field'];
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    response.status(status).json({
      code,
      message: status === 500 ? 'サーバーで問題が起きました。時間をおいてもう一度お試しください。' : exception.message,
      ...(typeof field === 'string' ? { field } : {}),
    });
  }
}
