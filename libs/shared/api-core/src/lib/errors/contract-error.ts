import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code.constant';

/** An error of the outside contract: `extensions.code` tells clients what happened. */
export function contractError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const notFound = (message: string) => contractError(ErrorCode.NOT_FOUND, message);
export const badUserInput = (message: string, field?: string) =>
  contractError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
export const serviceUnavailable = (message: string, service?: string) =>
  contractError(ErrorCode.SERVICE_UNAVAILABLE, message, service ? { service } : {});
