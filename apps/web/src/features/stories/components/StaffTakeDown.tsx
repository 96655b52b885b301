import { useMutation } from '@apollo/client/react';
import { ModerateStoryDocument } from '@tsunagu/shared/graphql-client';
import { Button, Stack, TextArea } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TryAgainNotice } from '../../../app/TryAgainNotice';

/** Staff on a published story's page: take it down, with a reason its two parties read. */
export function StaffTakeDown({ storyId }: { storyId: string }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState(false);
  const [moderate, { loading, error }] = useMutation(ModerateStoryDocument);
  const takeDown = () => {
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    void moderate({ variables: { id: storyId, publish: false, reason: reason.trim() } }).then(
      (r) => r.data && setDone(true),
      () => undefined,
    );
  };
  return (
    <section className="story-panel no-print" aria-labelledby="story-take-down" data-testid="story-take-down">
      <Stack gap="sm">
        <h2 id="story-take-down">{t('stories.staff.takeDownTitle')}</h2>
        <p>{t('stories.staff.takeDownLead')}</p>
        <TextArea
          id="story-take-down-reason"
          label={t('stories.staff.reason')}
          value={reason}
          rows={3}
          maxLength={500}
          error={missing ? t('stories.staff.reasonRequired') : undefined}
          onChange={(e) => {
            setMissing(false);
            setReason(e.target.value);
          }}
        />
        <TryAgainNotice error={error} />
        <div>
          <Button type="button" variant="secondary" disabled={loading || done} onClick={takeDown}>
            {t('stories.staff.takeDown')}
          </Button>
        </div>
        <p role="status" aria-live="polite">
          {done ? t('stories.staff.takenDown') : ''}
        </p>
      </Stack>
    </section>
  );
}
