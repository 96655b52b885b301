import { useMutation } from '@apollo/client/react';
import { PublishStoryDocument, type StoryFieldsFragment, type StorySideKind } from '@tsunagu/shared/graphql-client';
import { Button, ChoiceGroup, ErrorSummary, Notice, Stack, TextArea, TextField } from '@tsunagu/shared/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TryAgainNotice } from '../../../app/TryAgainNotice';
import { uploadFile } from '../../staff/upload-file';
import { fieldErrors } from '../../needs/need-format';
import { STORY_MAX, type StoryField, type StoryFormValues, storyInput, storyProblems } from '../story-form-checks';

const FIELD_ORDER: readonly StoryField[] = ['title', 'whatHappened', 'whatItTook'];
const CONSENT = 'consent';

interface Props {
  needId: string;
  side: StorySideKind;
  story: StoryFieldsFragment | null;
  onSaved: (story: StoryFieldsFragment) => void;
}

function initialValues(side: StorySideKind, story: StoryFieldsFragment | null): StoryFormValues {
  const mine = side === 'GROUP' ? story?.groupSide : story?.helperSide;
  return {
    title: story?.title ?? '',
    whatHappened: mine?.whatHappened ?? '',
    whatItTook: mine?.whatItTook ?? '',
    consent: mine?.consented ?? false,
  };
}

/** 「好事例として紹介しませんか」: the caller's own side of a finished need's story, and their consent. */
export function StorySideForm({ needId, side, story, onSaved }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<StoryFormValues>(() => initialValues(side, story));
  const [submits, setSubmits] = useState(0);
  const [saved, setSaved] = useState(false);
  const [publish, { loading, error }] = useMutation(PublishStoryDocument);
  const [photo, setPhoto] = useState<{ state: 'idle' | 'sending' | 'done' | 'failed'; message?: string }>({
    state: 'idle',
  });
  const mine = side === 'GROUP' ? story?.groupSide : story?.helperSide;
  const myName = side === 'GROUP' ? story?.groupName : story?.helperName;
  const sendPhoto = async (file: File | undefined) => {
    if (!file) return;
    setPhoto({ state: 'sending' });
    const result = await uploadFile(`/api/stories/needs/${needId}/photo`, file, () => undefined).catch(() => null);
    const body = result?.body as { story?: StoryFieldsFragment; message?: string } | undefined;
    if (result?.status === 201 && body?.story) {
      setPhoto({ state: 'done' });
      onSaved(body.story);
    } else setPhoto({ state: 'failed', message: body?.message ?? t('form.tryAgain') });
  };
  const local = storyProblems(t, values);
  const server = fieldErrors(error) as Partial<Record<StoryField, string>>;
  const problem = (field: StoryField) => (submits > 0 ? (local[field] ?? server[field]) : server[field]);
  const id = (field: StoryField) => `story-${field}`;
  const set = (patch: Partial<StoryFormValues>) => {
    setSaved(false);
    setValues((v) => ({ ...v, ...patch }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmits((n) => n + 1);
    if (Object.keys(local).length > 0) return;
    void publish({ variables: { needId, input: storyInput(values) } }).then(
      (r) => {
        if (!r.data) return;
        setSaved(true);
        onSaved(r.data.publishStory);
      },
      () => undefined,
    );
  };
  const summary = FIELD_ORDER.filter((f) => problem(f)).map((f) => ({ fieldId: id(f), message: problem(f) }));
  const text = (field: StoryField, long: boolean, hint: string, label: string) => {
    const common = {
      id: id(field),
      label,
      hint,
      value: values[field],
      error: problem(field),
      maxLength: STORY_MAX[field],
      'data-testid': `story-${field}`,
    };
    return long ? (
      <TextArea
        {...common}
        rows={field === 'whatHappened' ? 6 : 3}
        required={field === 'whatHappened'}
        requiredLabel={field === 'whatHappened' ? t('form.requiredLabel') : undefined}
        onChange={(e) => set({ [field]: e.target.value })}
      />
    ) : (
      <TextField {...common} onChange={(e) => set({ [field]: e.target.value })} />
    );
  };

  return (
    <form noValidate onSubmit={submit} aria-labelledby="story-form-title" data-testid="story-form">
      <Stack gap="md">
        <h2 id="story-form-title">{t('stories.form.title')}</h2>
        <p>{t('stories.form.lead')}</p>
        <p>
          <strong>{t(side === 'GROUP' ? 'stories.form.sideGroup' : 'stories.form.sideHelper')}</strong>
        </p>
        {submits > 0 && summary.length > 0 && (
          <ErrorSummary title={t('stories.form.fixErrors')} focusKey={submits} errors={summary} />
        )}
        {text('title', false, t('stories.form.titleHint'), t('stories.form.titleLabel'))}
        {text('whatHappened', true, t('stories.form.whatHappenedHint'), t('stories.whatHappened'))}
        {text('whatItTook', true, t('stories.form.whatItTookHint'), t('stories.whatItTook'))}
        <div>
          <TextField
            id="story-photo"
            label={t('stories.form.photo')}
            hint={t('stories.form.photoHint')}
            type="file"
            accept="image/jpeg,image/png,image/webp"
            disabled={!story}
            onChange={(e) => void sendPhoto(e.target.files?.[0])}
            data-testid="story-photo"
          />
          <p role="status" aria-live="polite">
            {photo.state === 'sending' ? t('stories.form.photoSending') : ''}
            {photo.state === 'done' ? t('stories.form.photoSaved') : ''}
          </p>
          {photo.state === 'failed' && <Notice tone="error" title={photo.message} />}
          {mine?.photoUrl && (
            <img className="story-photo" src={mine.photoUrl} alt={t('stories.photoAlt', { name: myName ?? '' })} />
          )}
        </div>
        <ChoiceGroup
          type="checkbox"
          legend={t('stories.form.consentLegend')}
          hint={t('stories.form.consentHint')}
          options={[{ value: CONSENT, label: t('stories.form.consent'), testId: 'story-consent' }]}
          value={values.consent ? [CONSENT] : []}
          onChange={(chosen) => set({ consent: chosen.includes(CONSENT) })}
        />
        <TryAgainNotice error={error && Object.keys(server).length === 0 ? error : null} />
        <div>
          <Button type="submit" disabled={loading} data-testid="story-save">
            {t('stories.form.save')}
          </Button>
        </div>
        <p role="status" aria-live="polite" data-testid="story-saved">
          {saved ? t('stories.form.saved') : ''}
        </p>
      </Stack>
    </form>
  );
}
