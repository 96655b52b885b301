import type { DataBookJobFieldsFragment } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';

/** One data book: what it holds, and its download link once it is made. */
export function JobLine({ job }: { job: DataBookJobFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <p>
      {job.summary}
      {job.status === 'DONE' && job.downloadUrl ? (
        <>
          {' '}
          —{' '}
          {t('databook.size', {
            npos: job.npos,
            pages: job.pages,
            mb: ((job.bytes ?? 0) / 1_048_576).toFixed(1),
          })}{' '}
          <a href={job.downloadUrl} download data-testid="databook-download">
            {t('databook.download')}
          </a>
        </>
      ) : (
        <> — {t(`databook.status.${job.status}`)}</>
      )}
    </p>
  );
}
