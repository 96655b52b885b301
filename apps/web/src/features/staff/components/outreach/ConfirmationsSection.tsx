import { useQuery } from '@apollo/client/react';
import { OutreachEntryConfirmationsDocument } from '@tsunagu/shared/graphql-client';
import { Stack, Tag } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TryAgainNotice } from '../../../../app/TryAgainNotice';
import { formatDay } from '../../../../shared/format-date';
import { ShortList } from './ShortList';

/** 「掲載内容の確認」: which NPOs said their data-book entry is right, or corrected it, who and when. */
export function ConfirmationsSection() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(OutreachEntryConfirmationsDocument);
  const confirmations = data?.npoEntryConfirmations ?? [];
  return (
    <Stack gap="md">
      <p>{t('outreach.confirmations.lead')}</p>
      <TryAgainNotice error={error} />
      {loading && !data && <p role="status">{t('outreach.loading')}</p>}
      {data && confirmations.length === 0 && <p>{t('outreach.confirmations.none')}</p>}
      <ShortList
        items={confirmations}
        itemKey={(c) => c.id}
        visible={10}
        moreLabel={(count) => t('outreach.more', { count })}
        testId="outreach-confirmations"
        render={(c) => (
          <p className="outreach-line">
            <Link to={`/npos/${c.npoId}`}>{c.npoName}</Link>{' '}
            <Tag tone={c.outcome === 'CONFIRMED' ? 'success' : 'primary'}>
              {t(`outreach.confirmations.outcome.${c.outcome}`)}
            </Tag>
            <br />
            {t('outreach.confirmations.byWhen', {
              who: c.confirmedByName ?? t('outreach.unknownPerson'),
              when: formatDay(c.createdAt, i18n.resolvedLanguage),
            })}
            {c.note && (
              <>
                <br />
                {t('outreach.confirmations.note', { note: c.note })}
              </>
            )}
          </p>
        )}
      />
    </Stack>
  );
}
