import { ErrorCode } from './error-code.constant';
import { DomainError } from './domain-error';
import type { Message, MessageParams } from '../i18n/message-catalogue';

/**
 * A message for an error: a catalogue entry, or (legacy, being replaced) one plain text that is
 * shown in every language.
 */
export type ErrorText = Message | string;

const asMessage = (text: ErrorText): Message =>
  typeof text === 'string' ? { key: 'legacy', ja: text, en: text } : text;

/** A refusal of the outside contract: `code` tells clients what happened. */
export function contractError(
  code: ErrorCode,
  text: ErrorText,
  extensions: Record<string, unknown> = {},
  params: MessageParams = {},
): DomainError {
  return new DomainError(code, asMessage(text), params, extensions);
}

export const notFound = (text: ErrorText, params?: MessageParams) =>
  contractError(ErrorCode.NOT_FOUND, text, {}, params);
export const badUserInput = (text: ErrorText, field?: string, params?: MessageParams) =>
  contractError(ErrorCode.BAD_USER_INPUT, text, field ? { field } : {}, params);
export const forbiddenError = (text: ErrorText, params?: MessageParams) =>
  contractError(ErrorCode.FORBIDDEN, text, {}, params);
export const conflict = (text: ErrorText, params?: MessageParams) =>
  contractError(ErrorCode.CONFLICT, text, {}, params);
export const unauthenticated = (text: ErrorText, params?: MessageParams) =>
  contractError(ErrorCode.UNAUTHENTICATED, text, {}, params);
export const serviceUnavailable = (text: ErrorText, service?: string, params?: MessageParams) =>
  contractError(ErrorCode.SERVICE_UNAVAILABLE, text, service ? { service } : {}, params);
