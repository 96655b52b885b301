import { useQuery } from '@apollo/client/react';
import { NpoNameDocument } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';
import type { IntroductionRequest } from '../hooks/useNeedIntroductions';
import { InviteNpoButton } from './InviteNpoButton';

/**
 * The need was published from 「この団体に相談する」 but the request to that NPO did not go
 * through (the page came with `?ask=`): one button sends it again. The NPO may not be among
 * the suggestions, so it gets its own card.
 */
export function AskedNpoRetry({
  needId,
  npoId,
  existing,
}: {
  needId: string;
  npoId: string;
  existing?: IntroductionRequest;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(NpoNameDocument, { variables: { id: npoId } });
  const name = data?.npo.name;
  if (!name) return null;
  return (
    <section aria-labelledby="asked-npo-retry" className="offer-card" data-testid="asked-npo-retry">
      <h2 id="asked-npo-retry" className="offer-card__npo">
        {existing ? name : t('introductions.askAgainTitle', { name })}
      </h2>
      {!existing && <p>{t('introductions.askAgainBody')}</p>}
      <InviteNpoButton needId={needId} npoId={npoId} npoName={name} existing={existing} />
    </section>
  );
}
