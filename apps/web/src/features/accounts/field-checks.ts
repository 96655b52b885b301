import type { TFunction } from 'i18next';
import { displayNameProblem } from '@tsunagu/shared/util';

/** Checks shown while typing, in plain words; the server checks again. */
export const checkEmail = (t: TFunction, value: string) =>
  value === '' ? t('form.required') : /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) ? undefined : t('form.emailInvalid');

export const checkPassword = (t: TFunction, value: string) =>
  value === '' ? t('form.required') : value.length < 8 ? t('form.passwordShort') : undefined;

export const checkRequired = (t: TFunction, value: string) => (value.trim() === '' ? t('form.required') : undefined);

/** The same rule as the API's sign-up (libs/shared/util display-name.util): no names that pass for city staff. */
export const checkDisplayName = (t: TFunction, value: string) =>
  checkRequired(t, value) ?? (displayNameProblem(value) ? t('form.displayNameImitatesStaff') : undefined);

/** The message of a GraphQL error for the person (the API writes them in plain Japanese). */
export function errorMessage(error: unknown, fallback: string): string {
  const message = (error as { message?: string } | undefined)?.message;
  return message && !/^(Response not successful|Failed to fetch)/.test(message) ? message : fallback;
}
