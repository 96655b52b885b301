import type { OutreachLetterJobFieldsFragment } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../../shared/format-date';

/** One run of letters: when, how many NPOs, letters and mails, and the PDF once it is made. */
export function LetterJobLine({ job }: { job: OutreachLetterJobFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const day = formatDay(job.createdAt, i18n.resolvedLanguage);
  const npos = t('outreach.letters.npos', { count: job.npoCount });
  if (job.status !== 'DONE') {
    const status = t(`outreach.letters.status.${job.status}`);
    return (
      <p>
        {day} — {npos} —{' '}
        {job.status === 'FAILED' && job.error ? t('outreach.withExtra', { main: status, extra: job.error }) : status}
      </p>
    );
  }
  const counts = [
    npos,
    t('outreach.letters.letterCount', { count: job.letters }),
    job.mailed > 0 ? t('outreach.letters.mailedCount', { count: job.mailed }) : null,
    job.includeDataBookEntry ? t('outreach.letters.withEntry') : null,
  ];
  return (
    <p>
      {day} — {counts.filter(Boolean).join(t('outreach.and'))}
      {job.downloadUrl && (
        <>
          {' '}
          <a href={job.downloadUrl} data-testid="letters-download">
            {t('outreach.letters.open')}
          </a>
        </>
      )}
    </p>
  );
}
