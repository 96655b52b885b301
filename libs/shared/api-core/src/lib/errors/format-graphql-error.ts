import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './error-code.constant';
import { sqlStateOf } from './database-error';
import { domainErrorOf } from './domain-error';
import { coreMessages } from '../i18n/core.messages';
import { translate } from '../i18n/message-catalogue';
import { currentLanguage } from '../i18n/request-language';

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
 * PostgreSQL refusing a value the caller sent: 22P02 invalid_text_representation (a malformed
 * uuid, number …), 22021 character_not_in_repertoire (U+0000 in text). The edge checks should
 * catch these first; this is the backstop, so bad input is never answered as a server fault.
 */
const BAD_INPUT_SQLSTATES = new Set(['22P02', '22021']);

export interface GraphqlErrorFormatOptions {
  /** in production, "Did you mean …?" suggestions would list fields and types of the schema */
  readonly hideSuggestions?: boolean;
}

/**
 * Apollo labels every validation error GRAPHQL_VALIDATION_FAILED; our own rules (depth, cost)
 * refuse with a contract code, kept on the original error, which is what clients are promised.
 */
function contractCodeOfRule(error: unknown): string | undefined {
  const original = (error as { originalError?: { extensions?: Record<string, unknown> } } | undefined)?.originalError;
  const code = original?.extensions?.['code'];
  return typeof code === 'string' && PUBLIC_CODES.has(code) ? code : undefined;
}

const withoutSuggestions = (message: string) => message.replace(/\s*Did you mean [^?]*\?/g, '');

/**
 * The GraphQL transport's one mapping of errors: a service's DomainError becomes its contract code
 * (`extensions.code`) and its message in the caller's language. Keeps contract errors as they are and turns everything else into a generic message, so that
 * stack traces, SQL or library internals never reach a client.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error?: unknown,
  options: GraphqlErrorFormatOptions = {},
): GraphQLFormattedError {
  const domain = domainErrorOf(error);
  if (domain) {
    return {
      message: translate(domain.text, domain.params, currentLanguage()),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { ...domain.extensions },
    };
  }
  const code = String(formatted.extensions?.['code'] ?? '');
  if (PUBLIC_CODES.has(code) || APOLLO_REQUEST_CODES.has(code)) {
    const { stacktrace: _stacktrace, originalError: _originalError, ...extensions } = formatted.extensions ?? {};
    const message = options.hideSuggestions ? withoutSuggestions(formatted.message) : formatted.message;
    return { ...formatted, message, extensions: { ...extensions, code: contractCodeOfRule(error) ?? code } };
  }
  const state = sqlStateOf(error).code;
  if (state && BAD_INPUT_SQLSTATES.has(state)) {
    return {
      message: translate(coreMessages.badCharacters, {}, currentLanguage()),
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    };
  }
  return {
    message: translate(coreMessages.internal, {}, currentLanguage()),
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** The formatter Apollo is given: production hides what would describe the schema. */
export function graphqlErrorFormatter(
  options: GraphqlErrorFormatOptions,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => formatGraphqlError(formatted, error, options);
}
