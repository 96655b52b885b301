import { useMutation, useQuery } from '@apollo/client/react';
import {
  MarkOfferReadDocument,
  OfferDocument,
  RespondToOfferDocument,
  SendMessageDocument,
  UnreadNotificationCountDocument,
  WithdrawOfferDocument,
} from '@tsunagu/shared/graphql-client';
import { Button, ButtonLink, Container, Notice, PageHeading, Stack, Tag, TextArea } from '@tsunagu/shared/ui';
import { type FormEvent, Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RouterAnchor } from '../../app/RouterAnchor';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from '../accounts/field-checks';
import { formatDateTime } from './need-format';
import { offerTone } from './OfferCard';

/** The thread between a group and an NPO about one offer; contacts once the group accepted. */
export function OfferPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  // Polled, so the other side's messages show up while the thread is open.
  const { data, loading, error, refetch } = useQuery(OfferDocument, { variables: { id }, pollInterval: 20_000 });
  const offer = data?.offer;
  usePageTitle(offer ? t('offers.threadTitle', { title: offer.needTitle }) : t('offers.thread'));
  const [markRead] = useMutation(MarkOfferReadDocument, { refetchQueries: [UnreadNotificationCountDocument] });
  const [respond, responding] = useMutation(RespondToOfferDocument);
  const [withdraw, withdrawing] = useMutation(WithdrawOfferDocument);
  const [send, sending] = useMutation(SendMessageDocument);
  const [body, setBody] = useState('');
  const [touched, setTouched] = useState(false);

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

  const problem = body.trim() === '' ? t('form.required') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (problem) return;
    void send({ variables: { offerId: offer.id, body: body.trim() } }).then(
      async (result) => {
        setBody('');
        setTouched(false);
        // A refetch joined to one already under way can answer without the new message: ask again.
        const sent = result.data?.sendMessage.id;
        for (let i = 0; i < 3; i++) {
          const fresh = await refetch().catch(() => null);
          if (!sent || fresh?.data?.offer.messages.some((m) => m.id === sent)) break;
        }
      },
      () => undefined,
    );
  };
  // The answer returns the whole thread (contacts included), so the cache is current at once.
  const answer = (accept: boolean) => void respond({ variables: { offerId: offer.id, accept } }).catch(() => null);
  const c = offer.contacts;
  const open = offer.status === 'PENDING' || offer.status === 'ACCEPTED';

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
          </dd>
        </dl>

        {(responding.error || withdrawing.error) && (
          <Notice tone="error" title={t('form.tryAgain')}>
            {errorMessage(responding.error ?? withdrawing.error, t('form.tryAgain'))}
          </Notice>
        )}
        {offer.status === 'PENDING' && offer.viewerSide !== 'NPO' && (
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

        {c ? (
          <section aria-labelledby="offer-contacts" className="contacts-box" data-testid="contacts">
            <h2 id="offer-contacts">{t('offers.contacts')}</h2>
            <p className="npo-page__source">{t('offers.contactsNote')}</p>
            <div className="contacts-box__sides">
              <div>
                <h3>{c.groupName}</h3>
                <dl className="npo-page__facts">
                  {c.groupRepresentative && (
                    <>
                      <dt>{t('group.representative')}</dt>
                      <dd>{c.groupRepresentative}</dd>
                    </>
                  )}
                  {c.groupPhone && (
                    <>
                      <dt>{t('group.phone')}</dt>
                      <dd>
                        <a href={`tel:${c.groupPhone}`}>{c.groupPhone}</a>
                      </dd>
                    </>
                  )}
                  {c.groupEmail && (
                    <>
                      <dt>{t('form.email')}</dt>
                      <dd>
                        <a href={`mailto:${c.groupEmail}`}>{c.groupEmail}</a>
                      </dd>
                    </>
                  )}
                </dl>
              </div>
              <div>
                <h3>{offer.npo.name}</h3>
                <dl className="npo-page__facts">
                  {c.npoPeople.map((p) => (
                    <Fragment key={p.name + (p.email ?? '')}>
                      <dt>{p.name}</dt>
                      <dd>{p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : '—'}</dd>
                    </Fragment>
                  ))}
                  {c.npoContact && (
                    <>
                      <dt>{t('npo.contactForGroups')}</dt>
                      <dd>{c.npoContact}</dd>
                    </>
                  )}
                </dl>
              </div>
            </div>
          </section>
        ) : (
          offer.status === 'PENDING' && <p className="npo-page__source">{t('offers.contactsLater')}</p>
        )}

        <section aria-labelledby="offer-messages">
          <h2 id="offer-messages">{t('offers.messages')}</h2>
          <ol className="thread" data-testid="thread">
            <li className={`thread__item${offer.viewerSide === 'NPO' ? ' thread__item--mine' : ''}`}>
              <p className="thread__meta">
                {offer.npo.name}・{formatDateTime(offer.createdAt, lang)}
              </p>
              <p className="npo-page__text">{offer.message}</p>
            </li>
            {offer.messages.map((m) => (
              <li
                key={m.id}
                className={`thread__item${m.mine ? ' thread__item--mine' : ''}`}
                data-testid="thread-message"
              >
                <p className="thread__meta">
                  {m.mine ? t('offers.you') : m.senderName}・{formatDateTime(m.createdAt, lang)}
                </p>
                <p className="npo-page__text">{m.body}</p>
              </li>
            ))}
          </ol>
          {open && (
            <form onSubmit={submit} noValidate>
              <Stack gap="sm">
                <TextArea
                  label={t('offers.writeMessage')}
                  hint={t('offers.writeHint')}
                  value={body}
                  onChange={(e) => setBody(e.target.value)}
                  error={touched ? problem : undefined}
                  rows={3}
                  maxLength={4000}
                  data-testid="thread-input"
                />
                {sending.error && (
                  <Notice tone="error" title={t('form.tryAgain')}>
                    {errorMessage(sending.error, t('form.tryAgain'))}
                  </Notice>
                )}
                <div>
                  <Button type="submit" disabled={sending.loading} data-testid="thread-send">
                    {t('offers.send')}
                  </Button>
                </div>
              </Stack>
            </form>
          )}
        </section>

        {offer.status === 'PENDING' && offer.viewerSide === 'NPO' && (
          <div>
            <Button
              variant="secondary"
              disabled={withdrawing.loading}
              onClick={() =>
                void withdraw({ variables: { offerId: offer.id } }).then(
                  () => void refetch(),
                  () => undefined,
                )
              }
            >
              {t('offers.withdraw')}
            </Button>
          </div>
        )}
        <div>
          <ButtonLink href="/me/needs" as={RouterAnchor} variant="secondary">
            {t('myNeeds.title')}
          </ButtonLink>
        </div>
      </Stack>
    </Container>
  );
}
