import { useMutation } from '@apollo/client/react';
import {
  ApplyToMarcheDocument,
  type MarcheApplicationItemFragment,
  type MarcheEventQuery,
} from '@tsunagu/shared/graphql-client';
import {
  Button,
  ButtonLink,
  ChoiceGroup,
  ErrorSummary,
  SelectField,
  Stack,
  TextArea,
  TextField,
} from '@tsunagu/shared/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../../app/RouterAnchor';
import { type Equipment, useMarcheApplyForm } from '../hooks/useMarcheApplyForm';
import { BoothTypeChoice } from './BoothTypeChoice';
import { ConsentCheckbox } from './ConsentCheckbox';
import { ErrorNotice } from '../../../shared/ErrorNotice';

const FIELD_IDS = {
  boothType: 'marche-booth-type',
  title: 'marche-title',
  description: 'marche-description',
  consent: 'marche-consent',
} as const;

/** How many people come and how many tables they need, each within what the venue allows. */
const COUNT_FIELDS = [
  { key: 'staffCount', label: 'marche.staffCount', hint: 'marche.staffCountHint', min: 1, max: 50 },
  { key: 'tables', label: 'marche.tables', hint: 'marche.tablesHint', min: 0, max: 10 },
] as const;

interface Props {
  event: MarcheEventQuery['marcheEvent'];
  npos: Array<{ npoId: string; npoName: string }>;
  onApplied: (a: MarcheApplicationItemFragment) => void;
}

/** The application: which NPO, which booth, what it shows, what it needs, and consent to publish. */
export function MarcheApplyForm({ event, npos, onApplied }: Props) {
  const { t } = useTranslation();
  const [npoId, setNpoId] = useState('');
  const [submits, setSubmits] = useState(0);
  const form = useMarcheApplyForm(event.id, event.questions);
  const { values, set, problems } = form;
  const [apply, { loading, error }] = useMutation(ApplyToMarcheDocument);
  const chosenNpo = npoId || npos[0]?.npoId || '';
  const touched = submits > 0;
  const show = (p?: string) => (touched ? p : undefined);
  const setCount = { staffCount: set.setStaffCount, tables: set.setTables };
  const setWords = { title: set.setTitle, description: set.setDescription };
  /** The two required texts (title, description): the id the error summary links to, and the check. */
  const required = (key: 'title' | 'description', maxLength: number) => ({
    id: FIELD_IDS[key],
    value: values[key],
    onChange: (e: { target: { value: string } }) => setWords[key](e.target.value),
    maxLength,
    error: show(problems[key]),
    required: true,
    requiredLabel: t('form.requiredLabel'),
    'data-testid': FIELD_IDS[key],
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmits(submits + 1);
    if (form.invalid || !chosenNpo) return;
    void apply({ variables: { input: form.input(chosenNpo) } }).then(
      (r) => r.data && onApplied(r.data.applyToMarche),
      () => undefined,
    );
  };
  return (
    <form noValidate onSubmit={submit} className="marche-form" aria-labelledby="marche-form-title">
      <Stack gap="md">
        <h2 id="marche-form-title">{t('marche.formTitle')}</h2>
        {touched && (
          <ErrorSummary
            title={t('marche.fixErrors')}
            focusKey={submits}
            errors={(Object.keys(FIELD_IDS) as Array<keyof typeof FIELD_IDS>)
              .filter((field) => problems[field])
              .map((field) => ({ fieldId: FIELD_IDS[field], message: problems[field] }))}
          />
        )}
        {npos.length > 1 ? (
          <SelectField
            id="marche-npo"
            label={t('marche.asNpo')}
            value={chosenNpo}
            onChange={(e) => setNpoId(e.target.value)}
            options={npos.map((n) => ({ value: n.npoId, label: n.npoName }))}
          />
        ) : (
          <p>{t('marche.asOne', { name: npos[0]?.npoName })}</p>
        )}
        <BoothTypeChoice
          boothTypes={event.boothTypes}
          value={values.boothType}
          onChange={set.setBoothType}
          error={show(problems.boothType)}
        />
        <TextField label={t('marche.titleField')} hint={t('marche.titleHint')} {...required('title', 60)} />
        <TextArea
          label={t('marche.description')}
          hint={t('marche.descriptionHint')}
          rows={4}
          {...required('description', 2000)}
        />
        <div className="marche-form__numbers">
          {COUNT_FIELDS.map((f) => (
            <TextField
              key={f.key}
              label={t(f.label)}
              hint={t(f.hint)}
              type="number"
              inputMode="numeric"
              min={f.min}
              max={f.max}
              value={values[f.key]}
              onChange={(e) => setCount[f.key](e.target.value)}
            />
          ))}
        </div>
        <ChoiceGroup<Equipment>
          type="checkbox"
          legend={t('marche.equipment')}
          options={[
            { value: 'power', label: t('marche.needsPower') },
            { value: 'water', label: t('marche.needsWater') },
          ]}
          value={values.equipment}
          onChange={set.setEquipment}
        />
        <TextArea
          label={t('marche.wish')}
          hint={t('marche.wishHint')}
          value={values.wishText}
          onChange={(e) => set.setWishText(e.target.value)}
          rows={2}
          maxLength={500}
        />
        {event.questions.map((q, i) => (
          <TextArea
            key={q}
            label={q}
            value={values.answers[i] ?? ''}
            onChange={(e) => form.setAnswer(i, e.target.value)}
            rows={2}
            maxLength={1000}
          />
        ))}
        <ConsentCheckbox checked={values.consent} onChange={set.setConsent} error={show(problems.consent)} />
        <ErrorNotice error={error} title={t('marche.applyFailed')} />
        <div className="button-row">
          <Button type="submit" disabled={loading} data-testid="marche-submit">
            {t('marche.submit')}
          </Button>
          <ButtonLink href={`/marche/${event.id}`} as={RouterAnchor} variant="secondary">
            {t('marche.backToEvent')}
          </ButtonLink>
        </div>
      </Stack>
    </form>
  );
}
