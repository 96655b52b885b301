import { ErrorCode, type Message, contractError } from '@tsunagu/shared/api-core';

/** 「3分後」: whole minutes, rounded up, at least one, so the person never comes back too early. */
export function minutesUntil(at: Date, now = new Date()): number {
  return Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 60_000));
}

/**
 * The refusal of a rate limit: FORBIDDEN with reason RATE_LIMITED, a plain sentence saying when
 * to come back (`text` holds `{minutes}`), and `retryAfterSeconds` for programs.
 */
export function rateLimited(text: Message, at: Date, now = new Date()) {
  return contractError(
    ErrorCode.FORBIDDEN,
    text,
    { reason: 'RATE_LIMITED', retryAfterSeconds: Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 1000)) },
    { minutes: minutesUntil(at, now) },
  );
}
