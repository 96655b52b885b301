import { useMutation, useQuery } from '@apollo/client/react';
import { ConfirmNpoEntryDocument, NpoEntryConfirmationOfNpoDocument } from '@tsunagu/shared/graphql-client';
import { Button, Stack, TextArea } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice } from '../../../shared/ErrorNotice';
import { formatDay } from '../../../shared/format-date';

/**
 * 「掲載内容のご確認」: the letter carried the NPO's data-book entry; a member says it is right, or
 * what needs fixing (what the NPO writes itself it can fix on the edit page). Staff see who did.
 */
export function NpoEntryCheck({ npoId }: { npoId: string }) {
  const { t, i18n } = useTranslation();
  // Answered before (this or an earlier letter): say so instead of asking again, until they choose to.
  const answered = useQuery(NpoEntryConfirmationOfNpoDocument, { variables: { npoId } }).data?.npoEntryConfirmation;
  const [again, setAgain] = useState(false);
  const [fixing, setFixing] = useState(false);
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const [confirm, { data, loading, error }] = useMutation(ConfirmNpoEntryDocument);
  const noteProblem = note.trim() ? undefined : t('claimCode.entryNoteRequired');
  const done = data?.confirmNpoEntry;

  const send = (outcome: 'CONFIRMED' | 'CORRECTED') =>
    void confirm({ variables: { npoId, outcome, note: outcome === 'CORRECTED' ? note.trim() : null } }).catch(
      () => null,
    );

  return (
    <section aria-labelledby="npo-entry-check" className="npo-page__claim" data-testid="npo-entry-check">
      <Stack gap="sm">
        <h2 id="npo-entry-check">{t('claimCode.entryTitle')}</h2>
        <div role="status">
          {done && (
            <p className="need-page__done" data-testid="npo-entry-thanks">
              {done.outcome === 'CONFIRMED' ? t('claimCode.entryThanksOk') : t('claimCode.entryThanksFixed')}
            </p>
          )}
        </div>
        {!done && answered && !again && (
          <>
            <p data-testid="npo-entry-answered">
              {t('claimCode.entryAnswered', {
                date: formatDay(answered.createdAt, i18n.resolvedLanguage),
                outcome: answered.outcome === 'CONFIRMED' ? t('claimCode.entryOk') : t('claimCode.entryFix'),
              })}
            </p>
            <div>
              <Button variant="secondary" onClick={() => setAgain(true)} data-testid="npo-entry-again">
                {t('claimCode.entryAgain')}
              </Button>
            </div>
          </>
        )}
        {!done && (!answered || again) && <p>{t('claimCode.entryLead')}</p>}
        {!done && (!answered || again) && !fixing && (
          <div className="button-row">
            <Button onClick={() => send('CONFIRMED')} disabled={loading} data-testid="npo-entry-ok">
              {t('claimCode.entryOk')}
            </Button>
            <Button variant="secondary" onClick={() => setFixing(true)} data-testid="npo-entry-fix">
              {t('claimCode.entryFix')}
            </Button>
          </div>
        )}
        {!done && (!answered || again) && fixing && (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              setTouched(true);
              if (!noteProblem) send('CORRECTED');
            }}
          >
            <Stack gap="sm">
              <TextArea
                label={t('claimCode.entryNote')}
                hint={t('claimCode.entryNoteHint')}
                rows={3}
                maxLength={2000}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                onBlur={() => setTouched(true)}
                error={touched ? noteProblem : undefined}
                required
                requiredLabel={t('form.requiredLabel')}
                data-testid="npo-entry-note"
                autoFocus
              />
              <p>
                <Link to={`/npos/${npoId}/edit`}>{t('claimCode.entryEdit')}</Link>
              </p>
              <div className="button-row">
                <Button type="submit" disabled={loading} data-testid="npo-entry-send">
                  {t('claimCode.entrySend')}
                </Button>
                <Button variant="secondary" onClick={() => setFixing(false)}>
                  {t('claimCode.entryCancel')}
                </Button>
              </div>
            </Stack>
          </form>
        )}
        <ErrorNotice error={error} />
      </Stack>
    </section>
  );
}
