import { useQuery } from '@apollo/client/react';
import { WaitingIntroductionsForNpoDocument } from '@tsunagu/shared/graphql-client';
import { Notice, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { WaitingRequestList } from './WaitingRequestList';

/** For the NPO's members, on its page: 「あなたの団体を待っている地域の団体」. */
export function NpoWaitingRequests({ npoId }: { npoId: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(WaitingIntroductionsForNpoDocument, {
    variables: { npoId },
    fetchPolicy: 'cache-and-network',
  });
  const requests = data?.waitingIntroductionsForNpo ?? [];
  return (
    <section aria-labelledby="npo-waiting" className="npo-page__consult" data-testid="npo-waiting">
      <Stack gap="sm">
        <h2 id="npo-waiting">{t('introductions.waitingTitle')}</h2>
        {loading && !data ? (
          <p role="status">{t('npo.loading')}</p>
        ) : error && !data ? (
          <Notice tone="warning">{t('introductions.waitingFailed')}</Notice>
        ) : requests.length === 0 ? (
          <p>{t('introductions.waitingNone')}</p>
        ) : (
          <>
            <p>{t('introductions.waitingLead')}</p>
            <WaitingRequestList npoId={npoId} requests={requests} />
          </>
        )}
      </Stack>
    </section>
  );
}
