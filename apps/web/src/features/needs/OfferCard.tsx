import { useMutation } from '@apollo/client/react';
import { type OfferSummaryFragment, RespondToOfferDocument } from '@tsunagu/shared/graphql-client';
import { Button, Tag } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { helpKindLabel, listIn } from './need-format';
import { ErrorNotice } from '../../shared/ErrorNotice';
import { ProxyMark } from '../../shared/ProxyMark';
import { wardLabel } from '../../shared/ward-label';

/** The group's two answers to a pending offer, each button named with the NPO it answers. */
const ANSWERS = [
  { accept: true, variant: 'primary', label: 'offers.accept', name: 'offers.acceptFor', testId: 'offer-accept' },
  { accept: false, variant: 'secondary', label: 'offers.decline', name: 'offers.declineFor', testId: 'offer-decline' },
] as const;

export const offerTone = (status: string) =>
  status === 'ACCEPTED' ? 'success' : status === 'PENDING' ? 'warning' : 'neutral';

/** An NPO's offer as the group sees it: who, what they wrote, and the answer buttons. */
export function OfferCard({ offer, onChanged }: { offer: OfferSummaryFragment; onChanged?: () => void }) {
  const { t, i18n } = useTranslation();
  const [respond, { loading, error }] = useMutation(RespondToOfferDocument);
  const answer = (accept: boolean) =>
    void respond({ variables: { offerId: offer.id, accept } }).then(
      () => onChanged?.(),
      () => undefined,
    );
  const headingId = `offer-${offer.id}`;
  // Centre or city staff enter the officer's answer on the thread page, with who took the call.
  const staffProxy = offer.viewerActsAs?.kind === 'CENTRE' || offer.viewerActsAs?.kind === 'CITY';
  return (
    <article className="offer-card" aria-labelledby={headingId} data-testid="offer-card">
      <h3 id={headingId} className="offer-card__npo">
        <Link to={`/npos/${offer.npo.id}`}>{offer.npo.name}</Link>
      </h3>
      <p>
        <Tag tone={offerTone(offer.status)}>{t(`offers.status.${offer.status}`)}</Tag>
        {offer.npo.ward && <> {wardLabel(offer.npo.ward, i18n.resolvedLanguage)}</>}{' '}
        {offer.status !== 'PENDING' && <ProxyMark entry={offer.answeredByProxy} />}
      </p>
      {offer.statusNote && <p data-testid="offer-status-note">{offer.statusNote}</p>}
      {offer.npo.profile?.introduction && (
        <p className="offer-card__intro">
          <span className="offer-card__label">{t('needs.labelled', { label: t('npo.introduction') })}</span>
          {offer.npo.profile.introduction}
        </p>
      )}
      {offer.npo.profile && offer.npo.profile.helpKinds.length > 0 && (
        <p>
          <span className="offer-card__label">{t('needs.labelled', { label: t('npo.helpKinds') })}</span>
          {listIn(
            offer.npo.profile.helpKinds.map((k) => helpKindLabel(k, i18n.resolvedLanguage)),
            i18n.resolvedLanguage,
          )}
        </p>
      )}
      <blockquote className="offer-card__message" data-testid="offer-message">
        <p className="offer-card__label">{t('offers.theirMessage')}</p>
        <p className="npo-page__text">{offer.message}</p>
      </blockquote>
      <ErrorNotice error={error} />
      <div className="button-row">
        {offer.status === 'PENDING' &&
          offer.viewerSide !== 'NPO' &&
          !staffProxy &&
          ANSWERS.map((a) => (
            <Button
              key={a.testId}
              variant={a.variant}
              onClick={() => answer(a.accept)}
              disabled={loading}
              aria-label={t(a.name, { name: offer.npo.name })}
              data-testid={a.testId}
            >
              {t(a.label)}
            </Button>
          ))}
        <Link to={`/offers/${offer.id}`} className="offer-card__thread" data-testid="offer-thread-link">
          {staffProxy && offer.status === 'PENDING' ? t('offers.phoneReplyTitle') : t('offers.openThread')}
          {offer.unreadCount > 0 && ` (${t('offers.unread', { count: offer.unreadCount })})`}
        </Link>
      </div>
    </article>
  );
}
