import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code.constant';
import { DomainError } from './domain-error';
import { coreMessages } from '../i18n/core.messages';
import { translate } from '../i18n/message-catalogue';
import { languageOfHeader } from '../i18n/request-language';

/** The HTTP status of each contract code, for REST routes (contract: "the matching HTTP status"). */
export const HTTP_STATUS_OF: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/**
 * The REST transport's one mapping of errors. Contract errors (NOT_FOUND, FORBIDDEN, SERVICE_UNAVAILABLE …) are answers, not failures. In a
 * GraphQL request they go to Apollo as they are (extensions.code); in a REST request (an export,
 * an upload) the same error becomes its HTTP status with `{ code, message, field }`, so a service
 * shared by both transports never turns "not found" into a 500.
 */
@Catch(DomainError, GraphQLError)
export class ContractErrorFilter implements ExceptionFilter {
  catch(exception: DomainError | GraphQLError, host: ArgumentsHost): DomainError | GraphQLError | void {
    // GraphQL has its own single mapping (formatGraphqlError): hand the error back to Apollo.
    if (host.getType() !== 'http') return exception;
    const http = host.switchToHttp();
    const language = languageOfHeader(http.getRequest<Request>().headers['accept-language']);
    const domain = exception instanceof DomainError ? exception : undefined;
    const extensions = domain ? domain.extensions : (exception as GraphQLError).extensions;
    const code = domain?.code ?? (extensions?.['code'] as ErrorCode | undefined) ?? ErrorCode.INTERNAL_SERVER_ERROR;
    const status = HTTP_STATUS_OF[code] ?? 500;
    const field = extensions?.['field'];
    const response = http.getResponse<Response>();
    if (response.headersSent) return;
    const message =
      status === 500
        ? translate(coreMessages.internal, {}, language)
        : domain
          ? translate(domain.text, domain.params, language)
          : exception.message;
    response.status(status).json({ code, message, ...(typeof field === 'string' ? { field } : {}) });
  }
}
