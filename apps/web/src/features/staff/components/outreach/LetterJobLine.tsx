import type { OutreachLetterJobFieldsFragment } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';
import { formatJapanDay } from '../../outreach-format';

/** One run of letters: when, how many NPOs, letters and mails, and the PDF once it is made. */
export function LetterJobLine({ job }: { job: OutreachLetterJobFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const day = formatJapanDay(job.createdAt, i18n.resolvedLanguage);
  if (job.status === 'FAILED') {
    return (
      <p>
        {day} — {t('outreach.letters.status.FAILED')}
        {job.error ? `（${job.error}）` : ''}
      </p>
    );
  }
  return (
    <p>
      {day} — {t('outreach.letters.npos', { count: job.npoCount })}
      {job.status === 'DONE' ? (
        <>
          ・{t('outreach.letters.letterCount', { count: job.letters })}
          {job.mailed > 0 && <>・{t('outreach.letters.mailedCount', { count: job.mailed })}</>}
          {job.includeDataBookEntry && <>・{t('outreach.letters.withEntry')}</>}
          {job.downloadUrl && (
            <>
              {' '}
              <a href={job.downloadUrl} data-testid="letters-download">
                {t('outreach.letters.open')}
              </a>
            </>
          )}
        </>
      ) : (
        <> — {t(`outreach.letters.status.${job.status}`)}</>
      )}
    </p>
  );
}
