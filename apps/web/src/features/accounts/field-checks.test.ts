import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { checkDisplayName, checkEmail, checkPassword, checkRequired, errorMessage } from './field-checks';
import { safeNext } from './SignInPage';

// The key itself stands for the message, so the tests read which rule answered.
const t = ((key: string) => key) as unknown as TFunction;

describe('field checks', () => {
  it('checkEmail: required, then the shape of an address', () => {
    expect(checkEmail(t, '')).toBe('form.required');
    expect(checkEmail(t, 'yamada@example')).toBe('form.emailInvalid');
    expect(checkEmail(t, 'yamada@example.jp')).toBeUndefined();
  });

  it('checkPassword: required, then at least 8 characters', () => {
    expect(checkPassword(t, '')).toBe('form.required');
    expect(checkPassword(t, '1234567')).toBe('form.passwordShort');
    expect(checkPassword(t, '12345678')).toBeUndefined();
  });

  it('checkRequired ignores spaces only', () => {
    expect(checkRequired(t, '  ')).toBe('form.required');
    expect(checkRequired(t, ' a ')).toBeUndefined();
  });

  it('checkDisplayName refuses a name that passes for city staff', () => {
    expect(checkDisplayName(t, '')).toBe('form.required');
    expect(checkDisplayName(t, '北九州市役所')).toBe('form.displayNameImitatesStaff');
    expect(checkDisplayName(t, '山本（黒崎三丁目自治会）')).toBeUndefined();
  });

  it('errorMessage keeps the server message, not a transport one', () => {
    expect(errorMessage({ message: 'この団体はもう登録されています' }, 'fallback')).toBe(
      'この団体はもう登録されています',
    );
    expect(errorMessage({ message: 'Failed to fetch' }, 'fallback')).toBe('fallback');
    expect(errorMessage(undefined, 'fallback')).toBe('fallback');
  });
});

describe(safeNext.name, () => {
  it('keeps a path of this site with its query', () => {
    expect(safeNext('/needs/new?group=1')).toBe('/needs/new?group=1');
  });

  it('refuses another site', () => {
    expect(safeNext('//evil.example')).toBeNull();
    expect(safeNext('https://evil.example')).toBeNull();
    expect(safeNext('/\\evil.example')).toBeNull();
    expect(safeNext(null)).toBeNull();
  });
});
