import { type Message, type MessageParams, badUserInput, translate } from '@tsunagu/shared/api-core';
import { ACTIVITY_FIELDS, conceptById } from '@tsunagu/shared/util';
import { schemeFieldLabels, schemesMessages } from '../schemes.messages';
import type { SaveSupportSchemeInput } from './support-scheme.model';

/** A scheme as it is stored: trimmed, the phone in half-width digits, concepts and fields each once. */
export interface CleanScheme {
  readonly name: string;
  readonly summary: string;
  readonly eligibility: string;
  readonly howToApply: string;
  readonly officeName: string;
  readonly officePhone: string;
  readonly officeUrl: string | null;
  readonly keywords: string | null;
  readonly concepts: string[];
  readonly fields: number[];
}

type TextField = keyof typeof schemeFieldLabels;

/** Caps a person can read on a page; the longer texts are paragraphs. */
const MAX: Readonly<Record<TextField, number>> = {
  name: 100,
  summary: 1000,
  eligibility: 500,
  howToApply: 500,
  officeName: 100,
  officePhone: 30,
  officeUrl: 500,
  keywords: 300,
};

const DASHES = /[‐‑‒–—―−ー－ｰ]/g;

/** A refusal naming the form's field in each language (the catalogue's placeholders take one text). */
function refusal(message: Message, field: TextField, params: MessageParams = {}) {
  const label = schemeFieldLabels[field];
  const worded: Message = {
    key: message.key,
    ja: translate(message, { ...params, label: label.ja }, 'ja'),
    en: translate(message, { ...params, label: label.en }, 'en'),
  };
  return badUserInput(worded, field);
}

const text = (value: string | null | undefined): string | null => {
  const flat = (value ?? '').normalize('NFC').trim();
  return flat === '' ? null : flat;
};

function required(input: SaveSupportSchemeInput, field: TextField): string {
  const value = text(input[field]);
  if (value === null) throw refusal(schemesMessages.textMissing, field);
  if ([...value].length > MAX[field]) throw refusal(schemesMessages.textTooLong, field, { max: MAX[field] });
  return value;
}

function optional(input: SaveSupportSchemeInput, field: TextField): string | null {
  const value = text(input[field]);
  if (value !== null && [...value].length > MAX[field])
    throw refusal(schemesMessages.textTooLong, field, { max: MAX[field] });
  return value;
}

/** 「０９３－５８２－２１１１」 → 093-582-2111 */
export function normaliseSchemePhone(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(DASHES, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Staff's input, cleaned and checked, or BAD_USER_INPUT naming the field: every text but the
 * website and the search words filled in, a phone with its area code, a website on https, only
 * concepts of the thesaurus and fields 1–20, and at least one of them (or matching could never
 * suggest the scheme).
 */
export function cleanSchemeInput(input: SaveSupportSchemeInput): CleanScheme {
  const name = required(input, 'name');
  const summary = required(input, 'summary');
  const eligibility = required(input, 'eligibility');
  const howToApply = required(input, 'howToApply');
  const officeName = required(input, 'officeName');
  const officePhone = normaliseSchemePhone(required(input, 'officePhone'));
  const digits = officePhone.replace(/\D/g, '').length;
  if (!/^[0-9()\- ]+$/.test(officePhone) || digits < 10 || digits > 11)
    throw badUserInput(schemesMessages.phoneDigits, 'officePhone');
  const officeUrl = optional(input, 'officeUrl');
  if (officeUrl !== null && !isHttpsUrl(officeUrl)) throw badUserInput(schemesMessages.urlInvalid, 'officeUrl');
  const keywords = optional(input, 'keywords');
  const concepts = [...new Set(input.concepts.map((id) => id.trim()))];
  const unknown = concepts.find((id) => !conceptById(id));
  if (unknown !== undefined) throw badUserInput(schemesMessages.conceptUnknown, 'concepts', { concept: unknown });
  const fields = [...new Set(input.fields)].sort((a, b) => a - b);
  if (fields.some((f) => f < 1 || f > ACTIVITY_FIELDS.length))
    throw badUserInput(schemesMessages.fieldUnknown, 'fields');
  if (concepts.length === 0 && fields.length === 0) throw badUserInput(schemesMessages.nothingToMatch, 'concepts');
  return { name, summary, eligibility, howToApply, officeName, officePhone, officeUrl, keywords, concepts, fields };
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}
