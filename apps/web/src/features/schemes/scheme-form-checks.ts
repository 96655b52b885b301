import type { SaveSupportSchemeInput, StaffSupportSchemeFieldsFragment } from '@tsunagu/shared/graphql-client';
import type { TFunction } from 'i18next';

export type SchemeTextField =
  'name' | 'summary' | 'eligibility' | 'howToApply' | 'officeName' | 'officePhone' | 'officeUrl' | 'keywords';
export type SchemeField = SchemeTextField | 'concepts' | 'fields';

export interface SchemeFormValues {
  readonly id: string | null;
  readonly name: string;
  readonly summary: string;
  readonly eligibility: string;
  readonly howToApply: string;
  readonly officeName: string;
  readonly officePhone: string;
  readonly officeUrl: string;
  readonly keywords: string;
  readonly concepts: readonly string[];
  readonly fields: readonly number[];
}

export const REQUIRED: readonly SchemeTextField[] = [
  'name',
  'summary',
  'eligibility',
  'howToApply',
  'officeName',
  'officePhone',
];

export const blankScheme = (): SchemeFormValues => ({
  id: null,
  name: '',
  summary: '',
  eligibility: '',
  howToApply: '',
  officeName: '',
  officePhone: '',
  officeUrl: '',
  keywords: '',
  concepts: [],
  fields: [],
});

export const schemeValues = (s: StaffSupportSchemeFieldsFragment): SchemeFormValues => ({
  id: s.id,
  name: s.name,
  summary: s.summary,
  eligibility: s.eligibility,
  howToApply: s.howToApply,
  officeName: s.officeName,
  officePhone: s.officePhone,
  officeUrl: s.officeUrl ?? '',
  keywords: s.keywords ?? '',
  concepts: s.concepts,
  fields: s.fields,
});

/**
 * What the form says before sending, as the API checks it (cleanSchemeInput): the texts filled
 * in, a phone with its area code, a website on https, at least one topic or field.
 */
export function schemeProblems(t: TFunction, v: SchemeFormValues): Partial<Record<SchemeField, string>> {
  const problems: Partial<Record<SchemeField, string>> = {};
  for (const field of REQUIRED) {
    if (v[field].trim() === '') problems[field] = t('schemes.staff.required', { label: t(`schemes.staff.${field}`) });
  }
  const phone = v.officePhone.normalize('NFKC').replace(/[‐‑‒–—―−ーｰ]/g, '-');
  const digits = phone.replace(/\D/g, '').length;
  if (!problems.officePhone && (!/^[0-9()\- ]+$/.test(phone.trim()) || digits < 10 || digits > 11))
    problems.officePhone = t('schemes.staff.phoneInvalid');
  if (v.officeUrl.trim() !== '' && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(v.officeUrl.trim()))
    problems.officeUrl = t('schemes.staff.urlInvalid');
  if (v.concepts.length === 0 && v.fields.length === 0) problems.concepts = t('schemes.staff.nothingChosen');
  return problems;
}

export function schemeInput(v: SchemeFormValues): SaveSupportSchemeInput {
  return {
    id: v.id,
    name: v.name.trim(),
    summary: v.summary.trim(),
    eligibility: v.eligibility.trim(),
    howToApply: v.howToApply.trim(),
    officeName: v.officeName.trim(),
    officePhone: v.officePhone.trim(),
    officeUrl: v.officeUrl.trim() || null,
    keywords: v.keywords.trim() || null,
    concepts: [...v.concepts],
    fields: [...v.fields],
  };
}
