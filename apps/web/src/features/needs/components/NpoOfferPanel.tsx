import { useMutation, useQuery } from '@apollo/client/react';
import { MyHelpersDocument, MyPageDocument, NpoNameDocument, OfferHelpDocument } from '@tsunagu/shared/graphql-client';
import { Button, Notice, SelectField, Stack, Tag, TextArea } from '@tsunagu/shared/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../accounts/hooks/useMe';
import { askParam } from '../need-ask';
import type { Need } from '../need-types';
import { ErrorNotice } from '../../../shared/ErrorNotice';

/**
 * An NPO member offers help as one of their NPOs, and finds the offers already made. From a
 * waiting request (`?as=<npoId>`: the claim page, the NPO page) the form is ready for that NPO
 * and in view; a membership made with a letter's code counts even without an approved claim.
 */
export function NpoOfferPanel({ need, open }: { need: Need; open: boolean }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const { data } = useQuery(MyPageDocument);
  const [search] = useSearchParams();
  const asNpo = askParam(search.get('as'));
  const helpers = useQuery(MyHelpersDocument);
  // A claim approved by staff, or a membership of a verified helper however it began (its own
  // registration, a letter's code): both may offer in its name.
  const approved = (data?.myNpoClaims ?? []).filter((c) => c.status === 'APPROVED');
  const claimed = [
    ...approved,
    ...(helpers.data?.myHelpers ?? [])
      .filter((h) => h.status === 'ACTIVE' && !approved.some((c) => c.npoId === h.id))
      .map((h) => ({ npoId: h.id, npoName: h.name })),
  ];
  const asQuery = useQuery(NpoNameDocument, {
    variables: { id: asNpo ?? '' },
    skip: !asNpo || !data || claimed.some((c) => c.npoId === asNpo),
  });
  const asMember = asQuery.data?.npo.viewerCanEdit && me?.role === 'MEMBER' ? asQuery.data.npo : null;
  const npos = asMember ? [...claimed, { npoId: asMember.id, npoName: asMember.name }] : claimed;
  const section = useRef<HTMLElement>(null);
  const ready = npos.length > 0;
  useEffect(() => {
    if (asNpo && ready) section.current?.scrollIntoView({ block: 'start' });
  }, [asNpo, ready]);
  const [npoId, setNpoId] = useState('');
  const [message, setMessage] = useState('');
  const [touched, setTouched] = useState(false);
  const [offerHelp, { loading, error }] = useMutation(OfferHelpDocument, {
    // The new offer joins the need's offers in the cache (no need to load the need again).
    update(cache, { data: answer }) {
      if (!answer) return;
      cache.modify({
        id: cache.identify({ __typename: 'Need', id: need.id }),
        fields: {
          offers(existing, { toReference }) {
            const offer = toReference({ __typename: 'Offer', id: answer.offerHelp.id });
            return Array.isArray(existing) && offer ? [...existing, offer] : existing;
          },
        },
      });
    },
  });
  if (npos.length === 0) return null;
  // A withdrawn offer, or one that closed unanswered, may be made again (the same thread reopens).
  const mine = need.offers.filter((o) => o.status !== 'WITHDRAWN' && o.status !== 'EXPIRED');
  const offeredNpos = new Set(mine.map((o) => o.npo.id));
  const canOfferAs = npos.filter((n) => !offeredNpos.has(n.npoId));
  const chosen = npoId || canOfferAs.find((n) => n.npoId === asNpo)?.npoId || canOfferAs[0]?.npoId || '';
  const problem = message.trim().length < 10 ? t('offers.messageShort') : undefined;
  const submit = () => {
    setTouched(true);
    if (problem || !chosen) return;
    void offerHelp({ variables: { needId: need.id, npoId: chosen, message: message.trim() } }).then(
      () => {
        setMessage('');
        setTouched(false);
      },
      () => undefined,
    );
  };
  return (
    <section aria-labelledby="need-offer" className="npo-page__consult" ref={section}>
      <Stack gap="md">
        <h2 id="need-offer">{t('offers.offerTitle')}</h2>
        {mine.length > 0 && (
          <Notice title={t('offers.alreadyOffered')}>
            <ul className="plain-list">
              {mine.map((o) => (
                <li key={o.id}>
                  <Link to={`/offers/${o.id}`} data-testid="my-offer-link">
                    {t('offers.threadOf', { name: o.npo.name })}
                  </Link>{' '}
                  <Tag>{t(`offers.status.${o.status}`)}</Tag>
                </li>
              ))}
            </ul>
          </Notice>
        )}
        {open && canOfferAs.length > 0 && (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <Stack gap="md">
              <p>{t('offers.offerLead')}</p>
              {canOfferAs.length > 1 && (
                <SelectField
                  id="offer-npo"
                  label={t('offers.asNpo')}
                  value={chosen}
                  onChange={(e) => setNpoId(e.target.value)}
                  options={canOfferAs.map((n) => ({ value: n.npoId, label: n.npoName }))}
                />
              )}
              {canOfferAs.length === 1 && <p>{t('offers.asOne', { name: canOfferAs[0].npoName })}</p>}
              <TextArea
                label={t('offers.message')}
                hint={t('offers.messageHint')}
                value={message}
                onChange={(e) => setMessage(e.target.value)}
                onBlur={() => setTouched(true)}
                error={touched ? problem : undefined}
                required
                requiredLabel={t('form.requiredLabel')}
                maxLength={2000}
                data-testid="offer-message-input"
              />
              <ErrorNotice error={error} title={t('offers.offerFailed')} />
              <div>
                <Button type="submit" disabled={loading} data-testid="offer-submit">
                  {t('offers.offerSubmit')}
                </Button>
              </div>
            </Stack>
          </form>
        )}
      </Stack>
    </section>
  );
}
