import { useQuery } from '@apollo/client/react';
import { DataBookJobDocument } from '@tsunagu/shared/graphql-client';
import { Notice, Stack } from '@tsunagu/shared/ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { JobLine } from './JobLine';

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
    <Notice tone={job.status === 'FAILED' ? 'error' : 'info'} title={t(`databook.status.${job.status}`)}>
      <Stack gap="sm">
        {!finished && (
          <progress max={1} value={job.progress} aria-label={t('databook.progress')} data-testid="databook-progress">
            {Math.round(job.progress * 100)}%
          </progress>
        )}
        <JobLine job={job} />
      </Stack>
    </Notice>
  );
}
