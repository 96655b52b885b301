import { useQuery } from '@apollo/client/react';
import { OutreachLetterJobDocument } from '@tsunagu/shared/graphql-client';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { JobNotice } from '../JobNotice';
import { LetterJobLine } from './LetterJobLine';

export interface LetterJobProgressProps {
  id: string;
  /** told once when the letters are made (the queue then shows them as sent by letter) */
  onDone?: () => void;
  /** how often to ask, in ms (tests ask quickly) */
  pollInterval?: number;
}

/**
 * Follows one run of letters until its PDF is made, like the data book's progress. The job is
 * cached by id, so the list of runs below shows the same state.
 */
export function LetterJobProgress({ id, onDone, pollInterval = 1_000 }: LetterJobProgressProps) {
  const { t } = useTranslation();
  const { data, stopPolling } = useQuery(OutreachLetterJobDocument, { variables: { id }, pollInterval });
  const job = data?.invitationLetterJob;
  const finished = job?.status === 'DONE' || job?.status === 'FAILED';
  const told = useRef(false);
  useEffect(() => {
    if (!finished) return;
    stopPolling();
    if (job?.status === 'DONE' && !told.current) {
      told.current = true;
      onDone?.();
    }
  }, [finished, job?.status, stopPolling, onDone]);
  if (!job) return null;
  return (
    <JobNotice
      status={job.status}
      title={t(`outreach.letters.status.${job.status}`)}
      fraction={job.progress / 100}
      progressLabel={t('outreach.letters.progress')}
      progressTestId="letters-progress"
    >
      <LetterJobLine job={job} />
    </JobNotice>
  );
}
