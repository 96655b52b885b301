import { type IntroductionRequestSummaryFragment } from '@tsunagu/shared/graphql-client';
import { ButtonLink } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../../app/RouterAnchor';
import { formatDay } from '../../../shared/format-date';

/** Oldest first: the group that has waited longest is answered first. */
export function oldestFirst<T extends { requestedAt: string }>(requests: readonly T[]): T[] {
  return [...requests].sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
}

/**
 * Local groups waiting for an NPO, oldest first, each with one tap to offer: the need's page
 * opens with the offer form ready for this NPO.
 */
export function WaitingRequestList({
  npoId,
  requests,
}: {
  npoId: string;
  requests: readonly IntroductionRequestSummaryFragment[];
}) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="offer-list" role="list" data-testid="waiting-requests">
      {oldestFirst(requests).map((r) => (
        <li key={r.id}>
          <article className="offer-card" data-testid="waiting-request">
            <h3 className="offer-card__npo">{r.needTitle}</h3>
            <p className="need-card__group">{t('introductions.groupOf', { group: r.groupName, ward: r.groupWard })}</p>
            <p>{t('introductions.askedOn', { date: formatDay(r.requestedAt, i18n.resolvedLanguage) })}</p>
            <div>
              <ButtonLink
                href={`/needs/${r.needId}?as=${npoId}`}
                as={RouterAnchor}
                aria-label={t('introductions.offerFor', { title: r.needTitle })}
                data-testid="waiting-request-offer"
              >
                {t('introductions.offer')}
              </ButtonLink>
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
