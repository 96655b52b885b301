import type { NpoContactInput, NpoContactSource } from '@tsunagu/shared/graphql-client';
import type { TFunction } from 'i18next';

export interface ContactFormValues {
  phone: string;
  email: string;
  contactPerson: string;
  source: NpoContactSource | null;
  sourceNote: string;
  notedOn: string;
}

export type ContactField = 'phone' | 'email' | 'contactPerson' | 'source' | 'notedOn';
export type ContactProblems = Partial<Record<ContactField, string>>;

// The same rules as the API's NpoContactInput, so most mistakes are said before sending.
const PHONE = /^[0-9０-９+()（）\-‐－ー ]{6,30}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with the form, field by field, in plain words (empty when it can be sent). */
export function contactProblems(t: TFunction, v: ContactFormValues, today: string): ContactProblems {
  const problems: ContactProblems = {};
  const phone = v.phone.trim();
  const email = v.email.trim();
  if (!phone && !email && !v.contactPerson.trim()) problems.phone = t('outreach.contact.needOne');
  else if (phone && !PHONE.test(phone)) problems.phone = t('outreach.contact.phoneInvalid');
  if (email && !EMAIL.test(email)) problems.email = t('form.emailInvalid');
  if (!v.source) problems.source = t('outreach.contact.sourceRequired');
  if (!DAY.test(v.notedOn)) problems.notedOn = t('outreach.contact.dateInvalid');
  else if (v.notedOn > today) problems.notedOn = t('outreach.contact.dateFuture');
  return problems;
}

/** The values as the API takes them: blanks become null. */
export function contactInput(v: ContactFormValues): NpoContactInput {
  const orNull = (s: string) => s.trim() || null;
  return {
    phone: orNull(v.phone),
    email: orNull(v.email),
    contactPerson: orNull(v.contactPerson),
    source: v.source ?? 'OTHER',
    sourceNote: orNull(v.sourceNote),
    notedOn: v.notedOn,
  };
}
