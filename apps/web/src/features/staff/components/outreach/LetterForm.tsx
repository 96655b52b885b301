import { useQuery } from '@apollo/client/react';
import { type LetterSelection, MarcheEventsDocument } from '@tsunagu/shared/graphql-client';
import { Button, ChoiceGroup, ErrorSummary, SelectField, Stack } from '@tsunagu/shared/ui';
import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TryAgainNotice } from '../../../../app/TryAgainNotice';
import { useGenerateLetters } from '../../hooks/useGenerateLetters';
import { Checkbox } from '../../../../shared/Checkbox';
import { useTextInput } from '../../../../shared/useTextInput';
import { NpoPicker, type PickedNpo } from './NpoPicker';
import { formatDay } from '../../../../shared/format-date';

const SELECTIONS: readonly LetterSelection[] = [
  'WAITING_REQUESTS',
  'NO_ACCOUNT',
  'WARD',
  'MARCHE_CANDIDATES',
  'CHOSEN',
];
const IDS = { ward: 'letters-ward', eventId: 'letters-event', npoIds: 'letters-npos' };
type Problem = keyof typeof IDS;

/** Which NPOs get a letter, what goes with it; sending starts the job and hands back its id. */
export function LetterForm({ onStarted }: { onStarted: (jobId: string) => void }) {
  const { t, i18n } = useTranslation();
  const [selection, setSelection] = useState<LetterSelection>('WAITING_REQUESTS');
  const ward = useTextInput();
  const eventId = useTextInput();
  const [chosen, setChosen] = useState<PickedNpo[]>([]);
  const [includeDataBookEntry, setIncludeEntry] = useState(false);
  const [sendMail, setSendMail] = useState(true);
  const [submits, setSubmits] = useState(0);
  const events = useQuery(MarcheEventsDocument, { skip: selection !== 'MARCHE_CANDIDATES' });
  const [generate, generating] = useGenerateLetters();

  const problems: Partial<Record<Problem, string>> = {};
  if (selection === 'WARD' && !ward.value) problems.ward = t('outreach.letters.wardRequired');
  if (selection === 'MARCHE_CANDIDATES' && !eventId.value) problems.eventId = t('outreach.letters.eventRequired');
  if (selection === 'CHOSEN' && chosen.length === 0) problems.npoIds = t('outreach.letters.npoRequired');
  const show = (p: Problem) => (submits > 0 ? problems[p] : undefined);
  /** A list the chosen selection needs an answer from: the id the summary links to, its error. */
  const needed = (p: 'ward' | 'eventId') => ({
    id: IDS[p],
    placeholder: t('outreach.letters.choose'),
    error: show(p),
    required: true,
    requiredLabel: t('form.requiredLabel'),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmits((n) => n + 1);
    if (Object.keys(problems).length > 0) return;
    const input = {
      selection,
      ward: selection === 'WARD' ? ward.value : null,
      eventId: selection === 'MARCHE_CANDIDATES' ? eventId.value : null,
      npoIds: selection === 'CHOSEN' ? chosen.map((n) => n.id) : [],
      includeDataBookEntry,
      sendMail,
    };
    void generate({ variables: { input } }).then(
      (r) => r.data && onStarted(r.data.generateInvitationLetters.id),
      () => undefined,
    );
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('outreach.sections.letters')}>
      <Stack gap="md">
        {submits > 0 && (
          <ErrorSummary
            title={t('outreach.fixErrors')}
            focusKey={submits}
            errors={(Object.keys(problems) as Problem[]).map((p) => ({ fieldId: IDS[p], message: problems[p] }))}
          />
        )}
        <ChoiceGroup<LetterSelection>
          type="radio"
          name="letters-selection"
          legend={t('outreach.letters.which')}
          options={SELECTIONS.map((s) => ({
            value: s,
            label: t(`outreach.letters.selection.${s}`),
            testId: `letters-selection-${s}`,
          }))}
          value={selection}
          onChange={setSelection}
        />
        {selection === 'WARD' && (
          <SelectField
            label={t('outreach.letters.ward')}
            options={KITAKYUSHU_WARDS.map((w) => ({ value: w, label: w }))}
            {...ward.bind}
            {...needed('ward')}
          />
        )}
        {selection === 'MARCHE_CANDIDATES' && (
          <SelectField
            label={t('outreach.letters.event')}
            hint={t('outreach.letters.eventHint')}
            options={(events.data?.marcheEvents ?? []).map((m) => ({
              value: m.id,
              label: t('outreach.withExtra', { main: m.name, extra: formatDay(m.eventDate, i18n.resolvedLanguage) }),
            }))}
            {...eventId.bind}
            {...needed('eventId')}
          />
        )}
        {selection === 'CHOSEN' && (
          <NpoPicker id={IDS.npoIds} chosen={chosen} onChange={setChosen} error={show('npoIds')} />
        )}
        <Checkbox
          label={t('outreach.letters.includeEntry')}
          checked={includeDataBookEntry}
          onChange={setIncludeEntry}
          testId="letters-include-entry"
        />
        <Checkbox
          label={t('outreach.letters.sendMail')}
          checked={sendMail}
          onChange={setSendMail}
          testId="letters-send-mail"
        />
        <TryAgainNotice error={generating.error} />
        <div>
          <Button type="submit" disabled={generating.loading} data-testid="letters-generate">
            {t('outreach.letters.generate')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
