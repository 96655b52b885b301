import { useMutation } from '@apollo/client/react';
import { type OfferQuery, SendMessageDocument } from '@tsunagu/shared/graphql-client';
import { Button, Stack, TextArea } from '@tsunagu/shared/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format-date';
import { ErrorNotice } from '../../../shared/ErrorNotice';
import { ProxyMark } from '../../../shared/ProxyMark';

type Offer = OfferQuery['offer'];

/** The messages of the thread, oldest first (the offer's own text on top), and the box to write. */
export function OfferMessages({ offer, open }: { offer: Offer; open: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage;
  const [body, setBody] = useState('');
  const [touched, setTouched] = useState(false);
  const [send, sending] = useMutation(SendMessageDocument, {
    // The message sent joins the thread in the cache; the poll brings the other side's.
    update(cache, { data }) {
      const sent = data?.sendMessage;
      if (!sent) return;
      cache.modify({
        id: cache.identify({ __typename: 'Offer', id: offer.id }),
        fields: {
          messages(existing, { toReference, readField }) {
            const ref = toReference({ __typename: 'OfferMessage', id: sent.id });
            if (!Array.isArray(existing) || !ref) return existing;
            if (existing.some((m) => readField('id', m) === sent.id)) return existing;
            return [...existing, ref];
          },
        },
      });
    },
  });
  const problem = body.trim() === '' ? t('form.required') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (problem) return;
    void send({ variables: { offerId: offer.id, body: body.trim() } }).then(
      () => {
        setBody('');
        setTouched(false);
      },
      () => undefined,
    );
  };
  return (
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
          <li key={m.id} className={`thread__item${m.mine ? ' thread__item--mine' : ''}`} data-testid="thread-message">
            <p className="thread__meta">
              {m.mine ? t('offers.you') : m.senderName}・{formatDateTime(m.createdAt, lang)}{' '}
              <ProxyMark entry={m.enteredByProxy} />
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
            <ErrorNotice error={sending.error} />
            <div>
              <Button type="submit" disabled={sending.loading} data-testid="thread-send">
                {t('offers.send')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </section>
  );
}
