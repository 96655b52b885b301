import { useMutation } from '@apollo/client/react';
import { OutreachCloseRequestDocument } from '@tsunagu/shared/graphql-client';
import { Button, TextArea } from '@tsunagu/shared/ui';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../shared/InlineError';
import { errorMessage } from '../../../accounts/field-checks';

export interface DeclineRequestProps {
  requestId: string;
  /** the group and need, for the button's accessible name */
  what: string;
  onChanged: () => void;
}

/** 「お断りがあった」: the NPO said no to this group; staff close the request with a short note. */
export function DeclineRequest({ requestId, what, onChanged }: DeclineRequestProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const noteId = useId();
  const [close, { loading, error }] = useMutation(OutreachCloseRequestDocument);
  useEffect(() => {
    // The note box takes the focus, so a keyboard or screen reader lands where the next step is.
    if (open) document.getElementById(noteId)?.focus();
  }, [open, noteId]);
  if (!open) {
    return (
      <Button
        variant="secondary"
        onClick={() => setOpen(true)}
        aria-label={t('outreach.queue.declinedNamed', { what })}
        data-testid="decline-open"
      >
        {t('outreach.queue.declined')}
      </Button>
    );
  }
  return (
    <div className="outreach-panel__body" role="group" aria-label={t('outreach.queue.declinedNamed', { what })}>
      <TextArea
        id={noteId}
        label={t('outreach.queue.declineNote')}
        hint={t('outreach.queue.declineNoteHint')}
        rows={2}
        maxLength={500}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        data-testid="decline-note"
      />
      <div className="button-row">
        <Button
          disabled={loading}
          onClick={() =>
            void close({ variables: { id: requestId, reason: 'DECLINED', note: note.trim() || null } }).then(
              () => {
                setOpen(false);
                onChanged();
              },
              () => undefined,
            )
          }
          data-testid="decline-confirm"
        >
          {t('outreach.queue.declineConfirm')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('outreach.queue.declineCancel')}
        </Button>
      </div>
      {error && <InlineError>{errorMessage(error, t('form.tryAgain'))}</InlineError>}
    </div>
  );
}
