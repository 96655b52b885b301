import { useMutation } from '@apollo/client/react';
import {
  SaveSupportSchemeDocument,
  type StaffSupportSchemeFieldsFragment,
  type StaffSupportSchemesQuery,
} from '@tsunagu/shared/graphql-client';
import { Button, ChoiceGroup, ErrorSummary, Stack, TextArea, TextField } from '@tsunagu/shared/ui';
import { ACTIVITY_FIELDS } from '@tsunagu/shared/util';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TryAgainNotice } from '../../../app/TryAgainNotice';
import { fieldErrors } from '../../needs/need-format';
import { activityFieldLabel } from '../../npos/activity-field-label';
import {
  REQUIRED,
  type SchemeField,
  type SchemeFormValues,
  type SchemeTextField,
  schemeInput,
  schemeProblems,
} from '../scheme-form-checks';

type Concept = StaffSupportSchemesQuery['civicConcepts'][number];

const FIELD_ORDER: readonly SchemeField[] = [
  'name',
  'summary',
  'eligibility',
  'howToApply',
  'officeName',
  'officePhone',
  'officeUrl',
  'keywords',
  'concepts',
  'fields',
];
const LONG: ReadonlySet<SchemeTextField> = new Set(['summary', 'eligibility', 'howToApply']);
const MAX: Readonly<Record<SchemeTextField, number>> = {
  name: 100,
  summary: 1000,
  eligibility: 500,
  howToApply: 500,
  officeName: 100,
  officePhone: 30,
  officeUrl: 500,
  keywords: 300,
};
const HINTS = {
  summary: 'schemes.staff.summaryHint',
  officePhone: 'schemes.staff.officePhoneHint',
  officeUrl: 'schemes.staff.officeUrlHint',
  keywords: 'schemes.staff.keywordsHint',
} as const;
const hintOf = (field: SchemeTextField) => (field in HINTS ? HINTS[field as keyof typeof HINTS] : undefined);

interface Props {
  initial: SchemeFormValues;
  concepts: readonly Concept[];
  onSaved: (scheme: StaffSupportSchemeFieldsFragment) => void;
  onCancel: () => void;
}

/** Staff's form of one scheme (new or existing): texts, the topics by label and the fields by short name. */
export function SchemeForm({ initial, concepts, onSaved, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const en = i18n.resolvedLanguage === 'en';
  const [values, setValues] = useState<SchemeFormValues>(initial);
  const [submits, setSubmits] = useState(0);
  const [save, { loading, error }] = useMutation(SaveSupportSchemeDocument);
  const local = schemeProblems(t, values);
  const server = Object.fromEntries(
    Object.entries(fieldErrors(error)).map(([field, message]) => [field.split('.').pop() ?? field, message]),
  ) as Partial<Record<SchemeField, string>>;
  const problem = (field: SchemeField) => (submits > 0 ? (local[field] ?? server[field]) : server[field]);
  const id = (field: SchemeField) => `scheme-${field}`;
  const set = (patch: Partial<SchemeFormValues>) => setValues((v) => ({ ...v, ...patch }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmits((n) => n + 1);
    if (Object.keys(local).length > 0) return;
    void save({ variables: { input: schemeInput(values) } }).then(
      (r) => r.data && onSaved(r.data.saveSupportScheme),
      () => undefined,
    );
  };

  const summary = FIELD_ORDER.filter((f) => problem(f)).map((f) => ({ fieldId: id(f), message: problem(f) }));
  const title = values.id ? t('schemes.staff.formEdit', { name: initial.name }) : t('schemes.staff.formNew');
  return (
    <form noValidate onSubmit={submit} aria-labelledby="scheme-form-title" data-testid="scheme-form">
      <Stack gap="md">
        <h2 id="scheme-form-title">{title}</h2>
        {submits > 0 && summary.length > 0 && (
          <ErrorSummary title={t('schemes.staff.fixErrors')} focusKey={submits} errors={summary} />
        )}
        {(Object.keys(MAX) as SchemeTextField[]).map((field) => {
          const hint = hintOf(field);
          const common = {
            id: id(field),
            label: t(`schemes.staff.${field}`),
            hint: hint ? t(hint) : undefined,
            value: values[field],
            error: problem(field),
            maxLength: MAX[field],
            required: REQUIRED.includes(field),
            requiredLabel: REQUIRED.includes(field) ? t('form.requiredLabel') : undefined,
            'data-testid': `scheme-${field}`,
          };
          return LONG.has(field) ? (
            <TextArea key={field} {...common} rows={4} onChange={(e) => set({ [field]: e.target.value })} />
          ) : (
            <TextField
              key={field}
              {...common}
              type={field === 'officePhone' ? 'tel' : field === 'officeUrl' ? 'url' : 'text'}
              onChange={(e) => set({ [field]: e.target.value })}
            />
          );
        })}
        <div id={id('concepts')} tabIndex={-1}>
          <ChoiceGroup
            type="checkbox"
            legend={t('schemes.staff.concepts')}
            hint={t('schemes.staff.conceptsHint')}
            error={problem('concepts')}
            columns
            options={concepts.map((c) => ({
              value: c.id,
              label: en ? c.labelEn : c.labelJa,
              testId: `scheme-concept-${c.id}`,
            }))}
            value={values.concepts}
            onChange={(picked) => set({ concepts: picked })}
          />
        </div>
        <div id={id('fields')} tabIndex={-1}>
          <ChoiceGroup
            type="checkbox"
            legend={t('schemes.staff.fields')}
            error={problem('fields')}
            columns
            options={ACTIVITY_FIELDS.map((f) => ({
              value: String(f.id),
              label: activityFieldLabel(f.id, i18n.resolvedLanguage),
              testId: `scheme-field-${f.id}`,
            }))}
            value={values.fields.map(String)}
            onChange={(picked) => set({ fields: picked.map(Number) })}
          />
        </div>
        {error && Object.keys(server).length === 0 && <TryAgainNotice error={error} />}
        <div className="button-row">
          <Button type="submit" disabled={loading} data-testid="scheme-save">
            {t('schemes.staff.save')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('schemes.staff.cancel')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
