import type { HelperKind, RegisterHelperInput } from '@tsunagu/shared/graphql-client';
import type { TFunction } from 'i18next';

/** The kinds one registers here; NPOs are already listed from the open data and are claimed. */
export const REGISTERED_KINDS = ['COMPANY', 'UNIVERSITY', 'OTHER'] as const satisfies readonly HelperKind[];
export type RegisteredKind = (typeof REGISTERED_KINDS)[number];
/** The kind card that leads an NPO to the search and its claim instead of this form. */
export type KindChoice = RegisteredKind | 'NPO';

export interface HelperForm {
  kind: KindChoice | null;
  name: string;
  nameKana: string;
  ward: string;
  address: string;
  purpose: string;
  fields: number[];
  corporateNumber: string;
  website: string;
}

export const emptyHelperForm: HelperForm = {
  kind: null,
  name: '',
  nameKana: '',
  ward: '',
  address: '',
  purpose: '',
  fields: [],
  corporateNumber: '',
  website: '',
};

export const MAX_PURPOSE = 2000;

/** Each checked field's id on the page, where the error summary moves the focus. */
export const HELPER_FIELD_IDS = {
  kind: 'helper-kind',
  name: 'helper-name',
  ward: 'helper-ward',
  purpose: 'helper-purpose',
  corporateNumber: 'helper-corporate-number',
  website: 'helper-website',
} as const;
export type HelperCheckedField = keyof typeof HELPER_FIELD_IDS;

/** 法人番号: 13 digits whose first is the check digit over the other twelve (as the API checks it). */
export function isCorporateNumber(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(value[13 - n]) * (n % 2 === 1 ? 1 : 2);
  return Number(value[0]) === 9 - (sum % 9);
}

const digitsOf = (value: string) => value.normalize('NFKC').replace(/[-\s]/g, '');

/** What is wrong with the form, field by field (the same rules the API keeps). */
export function helperFormProblems(t: TFunction, form: HelperForm): Record<HelperCheckedField, string | undefined> {
  const number = digitsOf(form.corporateNumber);
  return {
    kind: form.kind ? undefined : t('helpers.problems.kind'),
    name: form.name.trim().length >= 2 ? undefined : t('helpers.problems.name'),
    ward: form.ward || form.address.trim() ? undefined : t('helpers.problems.place'),
    purpose:
      form.purpose.trim().length < 10
        ? t('helpers.problems.purpose')
        : form.purpose.length > MAX_PURPOSE
          ? t('helpers.problems.purposeLong', { max: MAX_PURPOSE })
          : undefined,
    corporateNumber: number && !isCorporateNumber(number) ? t('helpers.problems.corporateNumber') : undefined,
    website:
      form.website && !/^https?:\/\/\S+\.\S+/.test(form.website.trim()) ? t('helpers.problems.website') : undefined,
  };
}

export function toRegisterHelperInput(form: HelperForm & { kind: RegisteredKind }): RegisterHelperInput {
  const number = digitsOf(form.corporateNumber);
  return {
    kind: form.kind,
    name: form.name.trim(),
    nameKana: form.nameKana.trim() || null,
    ward: form.ward || null,
    address: form.address.trim() || null,
    purpose: form.purpose.trim(),
    fields: form.fields,
    corporateNumber: form.kind === 'COMPANY' && number ? number : null,
    website: form.website.trim() || null,
  };
}
