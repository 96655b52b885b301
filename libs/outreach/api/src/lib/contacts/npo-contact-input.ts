import { badUserInput } from '@tsunagu/shared/api-core';
import { outreachMessages } from '../outreach.messages';
import type { NpoContactInput, NpoContactSource } from './npo-contact.model';

/** A contact as it is stored: trimmed, empty parts left out, the phone in half-width digits. */
export interface CleanContact {
  readonly phone: string | null;
  readonly email: string | null;
  readonly contactPerson: string | null;
  readonly source: NpoContactSource;
  readonly sourceNote: string | null;
  readonly notedOn: string;
}

/** Which kinds a contact holds, for the audit row (which never holds the values themselves). */
export type ContactKind = 'phone' | 'email' | 'contactPerson';

const DASHES = /[‐‑‒–—―−ー－ｰ]/g;

/** Text or nothing: surrounding and doubled spaces go, an empty text is no text. */
const text = (value: string | null | undefined): string | null => {
  const trimmed = (value ?? '').replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
};

/** 「０９３－５８２－２１１１」 → 093-582-2111: half-width digits and brackets, one kind of hyphen. */
export function normalisePhone(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .trim();
}

/** Whether YYYY-MM-DD is a day of the calendar (no 2026-02-30). */
function isCalendarDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y as number, (m as number) - 1, d as number));
  return date.getUTCFullYear() === y && date.getUTCMonth() === (m as number) - 1 && date.getUTCDate() === d;
}

/** Today in Japan, as YYYY-MM-DD (the day staff learnt a contact is a day of the city's calendar). */
export const todayInJapan = (now = new Date()): string =>
  new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);

/**
 * The staff's input, cleaned and checked: at least one of phone, email and contact person; a
 * phone with its area code (10–15 digits); a real day that has come. BAD_USER_INPUT names the field.
 */
export function cleanContactInput(input: NpoContactInput, today: string): CleanContact {
  const phoneText = text(input.phone);
  const phone = phoneText === null ? null : normalisePhone(phoneText);
  const email = text(input.email)?.normalize('NFKC').toLowerCase() ?? null;
  const contactPerson = text(input.contactPerson)?.normalize('NFKC') ?? null;
  if (!phone && !email && !contactPerson) throw badUserInput(outreachMessages.contactNothing, 'phone');
  const digits = phone?.replace(/\D/g, '').length ?? 0;
  if (phone && (digits < 10 || digits > 15)) throw badUserInput(outreachMessages.contactPhoneDigits, 'phone');
  if (!isCalendarDay(input.notedOn)) throw badUserInput(outreachMessages.contactNotedOnInvalid, 'notedOn');
  if (input.notedOn > today) throw badUserInput(outreachMessages.contactNotedOnFuture, 'notedOn');
  return {
    phone,
    email,
    contactPerson,
    source: input.source,
    sourceNote: text(input.sourceNote),
    notedOn: input.notedOn,
  };
}

export function kindsOf(contact: Pick<CleanContact, 'phone' | 'email' | 'contactPerson'>): ContactKind[] {
  const kinds: ContactKind[] = [];
  if (contact.phone) kinds.push('phone');
  if (contact.email) kinds.push('email');
  if (contact.contactPerson) kinds.push('contactPerson');
  return kinds;
}
