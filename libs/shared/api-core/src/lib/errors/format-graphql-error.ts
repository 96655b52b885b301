import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './error-code.constant';

// INTERNAL_SERVER_ERROR is what Apollo gives any unexpected throw: its message is never public.
const PUBLIC_CODES = new Set<string>(Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR));
// Apollo's own codes for malformed requests are safe to show as they are.
const APOLLO_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Keeps contract errors as they are and turns everything else into a generic message, so that
 * stack traces, SQL or library internals never reach a client.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = String(formatted.extensions?.['code'] ?? '');
  if (PUBLIC_CODES.has(code) || APOLLO_REQUEST_CODES.has(code)) {
    const { stacktrace: _stacktrace, originalError: _originalError, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'サーバーで問題が起きました。時間をおいてもう一度お試しください。 / Something went wrong on the server.',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
