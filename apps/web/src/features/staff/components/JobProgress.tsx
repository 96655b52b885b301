import { useQuery } from '@apollo/client/react';
import { DataBookJobDocument } from '@tsunagu/shared/graphql-client';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { JobLine } from './JobLine';
import { JobNotice } from './JobNotice';

/**
 * Follows one data book being made until it is done. The job is cached by id, so the list of
 * books made shows the same progress without being fetched again.
 */
export function JobProgress({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, stopPolling } = useQuery(DataBookJobDocument, {
    variables: { id },
    pollInterval: 1_000,
  });
  const job = data?.dataBookJob;
  const finished = job?.status === 'DONE' || job?.status === 'FAILED';
  useEffect(() => {
    if (finished) stopPolling();
  }, [finished, stopPolling]);
  if (!job) return null;
  return (
    <JobNotice
      status={job.status}
      title={t(`databook.status.${job.status}`)}
      fraction={job.progress}
      progressLabel={t('databook.progress')}
      progressTestId="databook-progress"
    >
      <JobLine job={job} />
    </JobNotice>
  );
}
