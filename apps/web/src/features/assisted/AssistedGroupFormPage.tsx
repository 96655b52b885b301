import './assisted.css';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  CentreDeskDocument,
  type CommunityGroupKind,
  type ConsentMethod,
  CreateAssistedGroupDocument,
  MyCentresDocument,
  NeedFormDocument,
} from '@tsunagu/shared/graphql-client';
import { ErrorSummary, SelectField, TextArea, TextField } from '@tsunagu/shared/ui';
import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { NarrowPage } from '../../app/NarrowPage';
import { SignInGate } from '../../app/SignInGate';
import { TryAgainNotice } from '../../app/TryAgainNotice';
import { usePageTitle } from '../../app/usePageTitle';
import { useMe } from '../accounts/hooks/useMe';
import { FormPage } from '../../shared/FormPage';
import { RequiredChoiceGroup } from '../../shared/RequiredChoiceGroup';
import {
  assistedGroupProblems,
  CONSENT_METHODS,
  type CheckedField,
  emptyAssistedGroupForm,
  FIELD_IDS,
  toCreateInput,
  type AssistedGroupForm,
} from './assisted-group-form';
import type { CentreDeskState } from './CentreDeskPage';
import { ConsentTextSection } from './components/ConsentTextSection';
import { NoCentreNotice } from './components/NoCentreNotice';
import { SchoolDistrictSelect } from '../../shared/SchoolDistrictSelect';

const KINDS: CommunityGroupKind[] = ['JICHIKAI', 'MACHIZUKURI', 'OTHER'];

/** Centre staff register a group whose officer has no email, with the officer's consent on record. */
export function AssistedGroupFormPage() {
  const { t } = useTranslation();
  usePageTitle(t('assisted.form.title'));
  const navigate = useNavigate();
  const centreId = useParams().centreId ?? '';
  const { me, loading } = useMe();
  const centres = useQuery(MyCentresDocument, { skip: !me });
  const [form, setForm] = useState<AssistedGroupForm>(emptyAssistedGroupForm);
  const [attempt, setAttempt] = useState(0);
  const [create, { loading: sending, error }] = useMutation(CreateAssistedGroupDocument, {
    // The need form's list of groups must hold the new one: the desk's next step is to write for it.
    refetchQueries: [{ query: CentreDeskDocument, variables: { centreId } }, { query: NeedFormDocument }],
  });

  if (loading || (me && centres.loading && !centres.data)) return null;
  if (!me) return <SignInGate title={t('assisted.form.title')} message={t('assisted.desk.noCentreBody')} />;
  const centre = centres.data?.myCentres.find((c) => c.id === centreId);
  if (!centre) {
    return (
      <NarrowPage title={t('assisted.form.title')}>
        <NoCentreNotice />
      </NarrowPage>
    );
  }

  const problems = assistedGroupProblems(t, form);
  const show = (key: CheckedField) => (attempt > 0 ? problems[key] : undefined);
  const set = <K extends keyof AssistedGroupForm>(key: K, value: AssistedGroupForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const text = (key: Exclude<keyof AssistedGroupForm, 'method' | 'kind' | 'schoolDistrictId'>) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
    error: key in FIELD_IDS ? show(key as CheckedField) : undefined,
    id: key in FIELD_IDS ? FIELD_IDS[key as CheckedField] : undefined,
  });
  const required = { required: true, requiredLabel: t('form.requiredLabel') };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (Object.values(problems).some(Boolean)) return;
    const done = await create({ variables: { input: toCreateInput(centreId, form) } }).catch(() => null);
    const group = done?.data?.createAssistedGroup;
    if (group) {
      const state: CentreDeskState = { registered: { id: group.id, name: group.name } };
      void navigate(`/centre/${centreId}`, { state });
    }
  };

  const summary = (Object.keys(FIELD_IDS) as CheckedField[])
    .filter((key) => attempt > 0 && problems[key])
    .map((key) => ({ fieldId: FIELD_IDS[key], message: problems[key] }));
  return (
    <FormPage
      title={t('assisted.form.title')}
      lead={t('assisted.form.lead')}
      notices={
        <>
          <p>{t('assisted.form.centre', { name: centre.name })}</p>
          <ErrorSummary title={t('assisted.form.problems')} errors={summary} focusKey={attempt} />
          <TryAgainNotice error={error} />
        </>
      }
      onSubmit={(e) => void submit(e)}
      noValidate
      submitLabel={t('assisted.form.submit')}
      submitDisabled={sending}
      submitTestId="assisted-submit"
    >
      <TextField label={t('group.name')} hint={t('group.nameHint')} {...text('name')} {...required} />
      <SelectField
        id="assisted-kind"
        label={t('group.kind')}
        options={KINDS.map((k) => ({ value: k, label: t(`group.kinds.${k}`) }))}
        value={form.kind}
        onChange={(e) => set('kind', e.target.value as CommunityGroupKind)}
      />
      <SelectField
        label={t('group.ward')}
        placeholder={t('group.chooseWard')}
        options={KITAKYUSHU_WARDS.map((w) => ({ value: w, label: w }))}
        {...text('ward')}
        id={FIELD_IDS.ward}
        {...required}
      />
      <SchoolDistrictSelect
        id="assisted-school-district"
        ward={form.ward}
        value={form.schoolDistrictId}
        onChange={(id) => set('schoolDistrictId', id)}
      />
      <TextField label={t('group.area')} hint={t('group.areaHint')} {...text('area')} />
      <TextField label={t('assisted.form.officerName')} {...text('officerName')} {...required} />
      <TextField
        label={t('assisted.form.phone')}
        hint={t('assisted.form.phoneHint')}
        type="tel"
        {...text('phone')}
        {...required}
      />
      <TextField
        label={t('assisted.form.postalAddress')}
        hint={t('assisted.form.postalAddressHint')}
        {...text('postalAddress')}
        {...required}
      />
      <ConsentTextSection />
      <RequiredChoiceGroup<ConsentMethod>
        anchorId={FIELD_IDS.method}
        type="radio"
        legend={t('assisted.form.method')}
        options={CONSENT_METHODS.map((m) => ({
          value: m,
          label: t(`assisted.consentMethods.${m}`),
          testId: `consent-${m}`,
        }))}
        value={form.method}
        onChange={(m) => set('method', m)}
        error={show('method')}
        columns
      />
      <TextField label={t('assisted.form.day')} type="date" {...text('consentedOn')} {...required} />
      <TextArea label={t('assisted.form.note')} hint={t('assisted.form.noteHint')} {...text('note')} />
    </FormPage>
  );
}
