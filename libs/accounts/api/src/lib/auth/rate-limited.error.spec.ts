import { accountsMessages } from '../accounts.messages';
import { minutesUntil, rateLimited } from './rate-limited.error';

describe('rateLimited', () => {
  const now = new Date('2026-12-01T10:00:00Z');

  it('says in whole minutes, rounded up, when to try again', () => {
    expect(minutesUntil(new Date('2026-12-01T10:00:20Z'), now)).toBe(1);
    expect(minutesUntil(new Date('2026-12-01T10:02:01Z'), now)).toBe(3);
    expect(minutesUntil(new Date('2026-12-01T09:59:00Z'), now)).toBe(1); // never "0分後"
  });

  it('is FORBIDDEN with reason RATE_LIMITED and the seconds to wait', () => {
    const error = rateLimited(accountsMessages.tooManySignUps, new Date('2026-12-01T10:14:30Z'), now);
    expect(error.message).toBe('登録の申し込みが多すぎます。15分後にもう一度お試しください。');
    expect(error.extensions).toEqual({ code: 'FORBIDDEN', reason: 'RATE_LIMITED', retryAfterSeconds: 870 });
  });
});
