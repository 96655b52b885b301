import { ButtonLink, ChoiceGroup, ErrorSummary, Notice, SelectField, TextArea, TextField } from '@tsunagu/shared/ui';
import { ACTIVITY_FIELDS, KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import type { RegisterHelperInput } from '@tsunagu/shared/graphql-client';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../../app/RouterAnchor';
import { TryAgainNotice } from '../../../app/TryAgainNotice';
import { FormPage } from '../../../shared/FormPage';
import { RequiredChoiceGroup } from '../../../shared/RequiredChoiceGroup';
import { wardLabel } from '../../../shared/ward-label';
import { activityFieldLabel } from '../../npos/activity-field-label';
import {
  HELPER_FIELD_IDS,
  type HelperCheckedField,
  type HelperForm,
  type KindChoice,
  MAX_PURPOSE,
  REGISTERED_KINDS,
  type RegisteredKind,
  emptyHelperForm,
  helperFormProblems,
  toRegisterHelperInput,
} from '../helper-form';

export interface HelperFormViewProps {
  title: string;
  lead: string;
  submitLabel: string;
  /** The organisation's own registration offers an NPO card that leads to the search and a claim. */
  offerNpoChoice: boolean;
  notices?: ReactNode;
  sending: boolean;
  error: unknown;
  onSend: (input: RegisterHelperInput) => Promise<unknown>;
}

/** The form of a company, university group or other organisation: by itself, or by staff. */
export function HelperFormView(props: HelperFormViewProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const [form, setForm] = useState<HelperForm>(emptyHelperForm);
  const [attempt, setAttempt] = useState(0);
  const problems = helperFormProblems(t, form);
  const show = (key: HelperCheckedField) => (attempt > 0 ? problems[key] : undefined);
  const set = <K extends keyof HelperForm>(key: K, value: HelperForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key: 'name' | 'nameKana' | 'address' | 'purpose' | 'corporateNumber' | 'website' | 'ward') => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
    error: key in HELPER_FIELD_IDS ? show(key as HelperCheckedField) : undefined,
    id: key in HELPER_FIELD_IDS ? HELPER_FIELD_IDS[key as HelperCheckedField] : undefined,
  });
  const required = { required: true, requiredLabel: t('form.requiredLabel') };
  const kinds: KindChoice[] = props.offerNpoChoice ? [...REGISTERED_KINDS, 'NPO'] : [...REGISTERED_KINDS];
  const isNpo = form.kind === 'NPO';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (isNpo || Object.values(problems).some(Boolean)) return;
    await props.onSend(toRegisterHelperInput(form as HelperForm & { kind: RegisteredKind })).catch(() => null);
  };
  const summary = (Object.keys(HELPER_FIELD_IDS) as HelperCheckedField[])
    .filter((key) => attempt > 0 && problems[key])
    .map((key) => ({ fieldId: HELPER_FIELD_IDS[key], message: problems[key] }));

  return (
    <FormPage
      title={props.title}
      lead={props.lead}
      notices={
        <>
          {props.notices}
          {!isNpo && <ErrorSummary title={t('helpers.problems.title')} errors={summary} focusKey={attempt} />}
          <TryAgainNotice error={props.error} />
        </>
      }
      onSubmit={(e) => void submit(e)}
      noValidate
      submitLabel={props.submitLabel}
      submitDisabled={props.sending || isNpo}
      submitTestId="helper-submit"
    >
      <RequiredChoiceGroup<KindChoice>
        anchorId={HELPER_FIELD_IDS.kind}
        type="radio"
        columns
        legend={t('helpers.kind')}
        error={show('kind')}
        options={kinds.map((k) => ({ value: k, label: t(`helpers.kinds.${k}`), testId: `helper-kind-${k}` }))}
        value={form.kind}
        onChange={(k) => set('kind', k)}
      />
      {isNpo ? (
        <Notice title={t('helpers.npo.title')}>
          <p>{t('helpers.npo.body')}</p>
          <ButtonLink href="/npos" as={RouterAnchor} data-testid="helper-npo-search">
            {t('helpers.npo.search')}
          </ButtonLink>
        </Notice>
      ) : (
        <>
          <TextField label={t('helpers.name')} hint={t('helpers.nameHint')} {...text('name')} {...required} />
          <TextField label={t('helpers.nameKana')} hint={t('helpers.nameKanaHint')} {...text('nameKana')} />
          <SelectField
            label={t('helpers.ward')}
            hint={t('helpers.placeHint')}
            placeholder={t('helpers.chooseWard')}
            options={KITAKYUSHU_WARDS.map((w) => ({ value: w, label: wardLabel(w, lang) }))}
            {...text('ward')}
          />
          <TextField label={t('helpers.address')} {...text('address')} />
          <TextArea
            label={t('helpers.purpose')}
            hint={t('helpers.purposeHint', { max: MAX_PURPOSE })}
            rows={6}
            {...text('purpose')}
            {...required}
          />
          <ChoiceGroup
            type="checkbox"
            columns
            legend={t('helpers.fields')}
            hint={t('helpers.fieldsHint')}
            options={ACTIVITY_FIELDS.map((f) => ({ value: String(f.id), label: activityFieldLabel(f.id, lang) }))}
            value={form.fields.map(String)}
            onChange={(picked) => set('fields', picked.map(Number))}
          />
          {form.kind === 'COMPANY' && (
            <TextField
              label={t('helpers.corporateNumber')}
              hint={t('helpers.corporateNumberHint')}
              inputMode="numeric"
              {...text('corporateNumber')}
            />
          )}
          <TextField label={t('helpers.website')} type="url" {...text('website')} />
        </>
      )}
    </FormPage>
  );
}
