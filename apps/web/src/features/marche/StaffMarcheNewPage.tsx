import { useMutation } from '@apollo/client/react';
import { CreateMarcheEventDocument } from '@tsunagu/shared/graphql-client';
import { Button, Stack, TextArea, TextField } from '@tsunagu/shared/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { FormPage } from '../../shared/FormPage';
import { useTextInput } from '../../shared/useTextInput';

interface BoothRow {
  code: string;
  name: string;
  capacity: number;
  slotMinutes: number | null;
}

const DEFAULT_BOOTHS: BoothRow[] = [
  { code: 'EXHIBIT', name: '展示ブース', capacity: 40, slotMinutes: null },
  { code: 'STAGE', name: 'ステージ発表', capacity: 12, slotMinutes: 15 },
  { code: 'WORKSHOP', name: 'ワークショップ', capacity: 6, slotMinutes: null },
];

/** The event's own fields, all required, in the order staff fill them in. */
const EVENT_FIELDS = [
  { key: 'name', label: 'marche.newName', type: 'text' },
  { key: 'eventDate', label: 'marche.newDate', type: 'date' },
  { key: 'venue', label: 'marche.newVenue', hint: 'marche.newVenueHint', type: 'text' },
  { key: 'applyFrom', label: 'marche.newFrom', type: 'date' },
  { key: 'applyUntil', label: 'marche.newUntil', type: 'date' },
] as const;

/** Staff: a new marché — when, where, the application period, booth types and form questions. */
export function StaffMarcheNewPage() {
  const { t } = useTranslation();
  usePageTitle(t('marche.newTitle'));
  const navigate = useNavigate();
  const [form, setForm] = useState({
    name: 'Action! NPO マルシェ',
    eventDate: '',
    venue: '',
    applyFrom: '',
    applyUntil: '',
    description: '',
  });
  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }),
  });
  const questions = useTextInput();
  const [booths, setBooths] = useState<BoothRow[]>(DEFAULT_BOOTHS);
  const [create, { loading, error }] = useMutation(CreateMarcheEventDocument);
  const setBooth = (i: number, patch: Partial<BoothRow>) =>
    setBooths(booths.map((b, j) => (j === i ? { ...b, ...patch } : b)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void create({
      variables: {
        input: {
          ...form,
          boothTypes: booths,
          questions: questions.value
            .split('\n')
            .map((q) => q.trim())
            .filter(Boolean),
        },
      },
    }).then(
      (r) => {
        if (r.data) void navigate(`/staff/marche/${r.data.createMarcheEvent.id}`);
      },
      () => undefined,
    );
  };

  return (
    <FormPage
      title={t('marche.newTitle')}
      lead={t('marche.newLead')}
      onSubmit={submit}
      submitLabel={t('marche.newSubmit')}
      submitDisabled={loading}
      submitTestId="marche-new-submit"
    >
      {EVENT_FIELDS.map((f) => (
        <TextField
          key={f.key}
          label={t(f.label)}
          hint={'hint' in f ? t(f.hint) : undefined}
          type={f.type}
          {...field(f.key)}
          required
        />
      ))}
      <TextArea label={t('marche.newDescription')} {...field('description')} rows={3} />
      <fieldset className="need-form__group">
        <legend className="form-legend">{t('marche.newBooths')}</legend>
        <Stack gap="sm">
          {booths.map((b, i) => (
            <div key={i} className="marche-booth-row">
              <TextField
                label={t('marche.newBoothName')}
                value={b.name}
                onChange={(e) => setBooth(i, { name: e.target.value })}
              />
              <TextField
                label={t('marche.newBoothCode')}
                hint={t('marche.newBoothCodeHint')}
                value={b.code}
                onChange={(e) => setBooth(i, { code: e.target.value.toUpperCase() })}
              />
              <TextField
                label={t('marche.newCapacity')}
                type="number"
                inputMode="numeric"
                value={String(b.capacity)}
                onChange={(e) => setBooth(i, { capacity: Number(e.target.value) || 1 })}
              />
              <TextField
                label={t('marche.newSlot')}
                hint={t('marche.newSlotHint')}
                type="number"
                inputMode="numeric"
                value={b.slotMinutes === null ? '' : String(b.slotMinutes)}
                onChange={(e) => setBooth(i, { slotMinutes: e.target.value ? Number(e.target.value) : null })}
              />
              <Button
                variant="secondary"
                onClick={() => setBooths(booths.filter((_, j) => j !== i))}
                disabled={booths.length === 1}
              >
                {t('marche.newRemoveBooth')}
              </Button>
            </div>
          ))}
          <div>
            <Button
              variant="secondary"
              onClick={() =>
                setBooths([...booths, { code: `TYPE${booths.length + 1}`, name: '', capacity: 5, slotMinutes: null }])
              }
            >
              {t('marche.newAddBooth')}
            </Button>
          </div>
        </Stack>
      </fieldset>
      <TextArea label={t('marche.newQuestions')} hint={t('marche.newQuestionsHint')} rows={3} {...questions.bind} />
      <ErrorNotice error={error} />
    </FormPage>
  );
}
