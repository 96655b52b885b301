import { useQuery } from '@apollo/client/react';
import { OutreachLetterJobsDocument } from '@tsunagu/shared/graphql-client';
import { Stack } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TryAgainNotice } from '../../../../app/TryAgainNotice';
import { LetterForm } from './LetterForm';
import { LetterJobLine } from './LetterJobLine';
import { LetterJobProgress } from './LetterJobProgress';
import { ShortList } from './ShortList';

export interface LettersSectionProps {
  /** told when a run of letters is made (the queue then shows its NPOs as written to) */
  onLettersMade?: () => void;
  pollInterval?: number;
}

/** 「手紙を作る」: the form, the run being made, and the runs made before. */
export function LettersSection({ onLettersMade, pollInterval }: LettersSectionProps) {
  const { t } = useTranslation();
  const [jobId, setJobId] = useState<string | null>(null);
  const runs = useQuery(OutreachLetterJobsDocument);
  return (
    <Stack gap="md">
      <p>{t('outreach.letters.lead')}</p>
      <LetterForm onStarted={setJobId} />
      {jobId && <LetterJobProgress key={jobId} id={jobId} onDone={onLettersMade} pollInterval={pollInterval} />}
      <h3 id="outreach-letter-runs">{t('outreach.letters.runs')}</h3>
      <TryAgainNotice error={runs.error} />
      {runs.data?.invitationLetterJobs.length === 0 && <p>{t('outreach.letters.noRuns')}</p>}
      <ShortList
        items={runs.data?.invitationLetterJobs ?? []}
        itemKey={(job) => job.id}
        render={(job) => <LetterJobLine job={job} />}
        visible={5}
        moreLabel={(count) => t('outreach.letters.olderRuns', { count })}
        testId="letters-runs"
      />
    </Stack>
  );
}
