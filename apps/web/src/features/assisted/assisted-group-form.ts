import type { CommunityGroupKind, ConsentMethod, CreateAssistedGroupInput } from '@tsunagu/shared/graphql-client';
import type { TFunction } from 'i18next';
import { checkRequired } from '../accounts/field-checks';

export const CONSENT_METHODS: ConsentMethod[] = ['PAPER_FORM', 'PHONE', 'IN_PERSON'];

export interface AssistedGroupForm {
  name: string;
  kind: CommunityGroupKind;
  ward: string;
  schoolDistrictId: string;
  area: string;
  officerName: string;
  phone: string;
  postalAddress: string;
  method: ConsentMethod | null;
  consentedOn: string;
  note: string;
}

/** Today in Kitakyushu as YYYY-MM-DD: the day consent is usually taken, whatever the browser's zone. */
export function todayInJapan(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(now);
}

export const emptyAssistedGroupForm = (): AssistedGroupForm => ({
  name: '',
  kind: 'JICHIKAI',
  ward: '',
  schoolDistrictId: '',
  area: '',
  officerName: '',
  phone: '',
  postalAddress: '',
  method: null,
  consentedOn: todayInJapan(),
  note: '',
});

/** The ids the error summary's links move focus to, one per field that can be wrong. */
export const FIELD_IDS = {
  name: 'assisted-name',
  ward: 'assisted-ward',
  officerName: 'assisted-officer',
  phone: 'assisted-phone',
  postalAddress: 'assisted-address',
  method: 'assisted-method',
  consentedOn: 'assisted-day',
} as const;
export type CheckedField = keyof typeof FIELD_IDS;

/** What is wrong with each field, in the order the form shows them. */
export function assistedGroupProblems(t: TFunction, form: AssistedGroupForm): Record<CheckedField, string | undefined> {
  return {
    name: checkRequired(t, form.name),
    ward: form.ward ? undefined : t('group.chooseWard'),
    officerName: checkRequired(t, form.officerName),
    phone:
      checkRequired(t, form.phone) ??
      (/^[0-9０-９\-－() ]{10,15}$/.test(form.phone) ? undefined : t('group.phoneInvalid')),
    postalAddress: checkRequired(t, form.postalAddress),
    method: form.method ? undefined : t('assisted.form.chooseMethod'),
    consentedOn: /^\d{4}-\d{2}-\d{2}$/.test(form.consentedOn) ? undefined : t('assisted.form.dayInvalid'),
  };
}

/** The mutation's input; only called once every check passed (a method is chosen). */
export function toCreateInput(centreId: string, form: AssistedGroupForm): CreateAssistedGroupInput {
  return {
    centreId,
    name: form.name.trim(),
    kind: form.kind,
    ward: form.ward,
    schoolDistrictId: form.schoolDistrictId || null,
    area: form.area.trim() || null,
    officerName: form.officerName.trim(),
    phone: form.phone.trim(),
    postalAddress: form.postalAddress.trim(),
    consent: {
      method: form.method ?? 'PAPER_FORM',
      consentedOn: form.consentedOn,
      note: form.note.trim() || null,
    },
  };
}
