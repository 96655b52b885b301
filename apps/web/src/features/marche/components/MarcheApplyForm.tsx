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
        <TextField
          id="marche-title"
          label={t('marche.titleField')}
          hint={t('marche.titleHint')}
          value={values.title}
          onChange={(e) => set.setTitle(e.target.value)}
          error={show(problems.title)}
          required
          requiredLabel={t('form.requiredLabel')}
          maxLength={60}
          data-testid="marche-title"
        />
        <TextArea
          id="marche-description"
          label={t('marche.description')}
          hint={t('marche.descriptionHint')}
          value={values.description}
          onChange={(e) => set.setDescription(e.target.value)}
          error={show(problems.description)}
          required
          requiredLabel={t('form.requiredLabel')}
          rows={4}
          maxLength={2000}
          data-testid="marche-description"
        />
        <div className="marche-form__numbers">
          <TextField
            label={t('marche.staffCount')}
            hint={t('marche.staffCountHint')}
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            value={values.staffCount}
            onChange={(e) => set.setStaffCount(e.target.value)}
          />
          <TextField
            label={t('marche.tables')}
            hint={t('marche.tablesHint')}
            type="number"
            inputMode="numeric"
            min={0}
            max={10}
            value={values.tables}
            onChange={(e) => set.setTables(e.target.value)}
          />
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
