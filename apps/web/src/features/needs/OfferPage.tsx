import { useMutation, useQuery } from '@apollo/client/react';
import {
  MarkOfferReadDocument,
  OfferDocument,
  RespondToOfferDocument,
  UnreadNotificationCountDocument,
  WithdrawOfferDocument,
} from '@tsunagu/shared/graphql-client';
import { Button, Container, Notice, PageHeading, Stack, Tag } from '@tsunagu/shared/ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from '../accounts/field-checks';
import { OfferContacts } from './components/OfferContacts';
import { OfferMessages } from './components/OfferMessages';
import { PhoneReplyPanel } from './components/PhoneReplyPanel';
import { offerTone } from './OfferCard';
import { BackLink } from '../../shared/BackLink';
import { ProxyMark, proxyMarkText } from '../../shared/ProxyMark';

/** The thread between a group and an NPO about one offer; contacts once the group accepted. */
export function OfferPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  // Polled, so the other side's messages show up while the thread is open.
  const { data, loading, error } = useQuery(OfferDocument, { variables: { id }, pollInterval: 20_000 });
  const offer = data?.offer;
  usePageTitle(offer ? t('offers.threadTitle', { title: offer.needTitle }) : t('offers.thread'));
  // The unread count in the header is the server's sum over every thread: ask for it again.
  const [markRead] = useMutation(MarkOfferReadDocument, { refetchQueries: [UnreadNotificationCountDocument] });
  const [respond, responding] = useMutation(RespondToOfferDocument);
  const [withdraw, withdrawing] = useMutation(WithdrawOfferDocument);

  const unread = offer?.unreadCount ?? 0;
  useEffect(() => {
    if (unread > 0) void markRead({ variables: { offerId: id } }).catch(() => null);
  }, [id, unread, markRead]);

  if (loading && !offer) return <p className="page">{t('npo.loading')}</p>;
  if (!offer) {
    return (
      <Container width="narrow" className="page">
        <Stack gap="lg">
          <PageHeading>{t('offers.notFound')}</PageHeading>
          <Notice tone="warning">{errorMessage(error, t('offers.notFound'))}</Notice>
        </Stack>
      </Container>
    );
  }

  // The answer returns the whole thread (contacts included), so the cache is current at once.
  const answer = (accept: boolean) => void respond({ variables: { offerId: offer.id, accept } }).catch(() => null);
  const c = offer.contacts;
  const open = offer.status === 'PENDING' || offer.status === 'ACCEPTED';
  // The staff of a 市民センター (or the city) type in what the officer said: never a click of their own.
  const staffProxy = offer.viewerActsAs?.kind === 'CENTRE' || offer.viewerActsAs?.kind === 'CITY';

  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <div>
          <p className="need-page__group">{t('offers.thread')}</p>
          <PageHeading>
            <Link to={`/needs/${offer.needId}`}>{offer.needTitle}</Link>
          </PageHeading>
        </div>
        <dl className="npo-page__facts">
          <dt>{t('needs.group')}</dt>
          <dd>{offer.groupName}</dd>
          <dt>{t('offers.npo')}</dt>
          <dd>
            <Link to={`/npos/${offer.npo.id}`}>{offer.npo.name}</Link>
          </dd>
          <dt>{t('offers.statusLabel')}</dt>
          <dd>
            <Tag tone={offerTone(offer.status)} data-testid="offer-status">
              {t(`offers.status.${offer.status}`)}
            </Tag>
            {offer.statusNote && <p data-testid="offer-status-note">{offer.statusNote}</p>}
            {offer.status !== 'PENDING' && <ProxyMark entry={offer.answeredByProxy} />}
          </dd>
        </dl>
        {offer.viewerActsAs && (
          <Notice tone="info">
            {t('proxy.youActFor', { group: offer.groupName, mark: proxyMarkText(t, offer.viewerActsAs) })}
          </Notice>
        )}

        {(responding.error || withdrawing.error) && (
          <Notice tone="error" title={t('form.tryAgain')}>
            {errorMessage(responding.error ?? withdrawing.error, t('form.tryAgain'))}
          </Notice>
        )}
        {staffProxy && open && <PhoneReplyPanel offer={offer} />}
        {offer.status === 'PENDING' && offer.viewerSide !== 'NPO' && !staffProxy && (
          <section aria-labelledby="offer-answer" className="npo-page__consult">
            <h2 id="offer-answer">{t('offers.answerTitle')}</h2>
            <p>{t('offers.answerLead')}</p>
            <div className="button-row">
              <Button onClick={() => answer(true)} disabled={responding.loading} data-testid="thread-accept">
                {t('offers.accept')}
              </Button>
              <Button variant="secondary" onClick={() => answer(false)} disabled={responding.loading}>
                {t('offers.decline')}
              </Button>
            </div>
          </section>
        )}

        {c && staffProxy && offer.status === 'ACCEPTED' && (
          <p>
            <a href={`/api/assisted/offers/${offer.id}/contact-slip.pdf`} data-testid="contact-slip" download>
              {t('offers.contactSlip')}
            </a>
            <br />
            <span className="npo-page__source">{t('offers.contactSlipLead')}</span>
          </p>
        )}
        {c ? (
          <OfferContacts offer={offer} contacts={c} />
        ) : (
          offer.status === 'PENDING' && <p className="npo-page__source">{t('offers.contactsLater')}</p>
        )}
        <OfferMessages offer={offer} open={open} />

        {offer.status === 'PENDING' && offer.viewerSide === 'NPO' && (
          <div>
            <Button
              variant="secondary"
              disabled={withdrawing.loading}
              onClick={() =>
                // The answer is the offer: the cache updates its status by id.
                void withdraw({ variables: { offerId: offer.id } }).catch(() => undefined)
              }
            >
              {t('offers.withdraw')}
            </Button>
          </div>
        )}
        <BackLink href="/me/needs">{t('myNeeds.title')}</BackLink>
      </Stack>
    </Container>
  );
}
