import { useQuery } from '@apollo/client/react';
import { MyNeedsPageDocument, RecommendedNeedsDocument } from '@tsunagu/shared/graphql-client';
import { ButtonLink, Container, PageHeading, SignInRequired, Stack, Tag } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RouterAnchor } from '../../app/RouterAnchor';
import { usePageTitle } from '../../app/usePageTitle';
import { useMe } from '../accounts/hooks/useMe';
import { NeedCard } from './NeedCard';
import { offerTone } from './OfferCard';

/** 「募集とやりとり」: my group's needs, and for NPO members suggestions and their offers. */
export function MyNeedsPage() {
  const { t } = useTranslation();
  usePageTitle(t('myNeeds.title'));
  const { me, loading } = useMe();
  const { data } = useQuery(MyNeedsPageDocument, { skip: !me, fetchPolicy: 'cache-and-network' });
  if (loading) return null;
  if (!me) {
    return (
      <Container width="narrow" className="page">
        <Stack gap="lg">
          <PageHeading>{t('myNeeds.title')}</PageHeading>
          <SignInRequired
            message={t('me.signInFirst')}
            next={location.pathname}
            signInLabel={t('nav.login')}
            as={RouterAnchor}
          />
        </Stack>
      </Container>
    );
  }
  const npos = (data?.myNpoClaims ?? []).filter((c) => c.status === 'APPROVED');
  const hasGroups = Boolean(data?.myCommunityGroups.length || data?.myNeeds.length);
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <PageHeading lead={t('myNeeds.lead')}>{t('myNeeds.title')}</PageHeading>

        {hasGroups && (
          <section aria-labelledby="my-needs">
            <h2 id="my-needs">{t('myNeeds.ours')}</h2>
            {data?.myNeeds.length ? (
              <ul className="npo-results" role="list" data-testid="my-needs">
                {data.myNeeds.map((need) => (
                  <li key={need.id}>
                    <NeedCard need={need} />
                    <p className="need-card__offers">{t('myNeeds.offerCount', { count: need.offerCount })}</p>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('myNeeds.noNeeds')}</p>
            )}
            <p>
              <ButtonLink href="/needs/new" as={RouterAnchor} variant="secondary">
                {t('nav.needsNew')}
              </ButtonLink>
            </p>
          </section>
        )}

        {npos.map((npo) => (
          <Recommended key={npo.npoId} npoId={npo.npoId} npoName={npo.npoName} />
        ))}

        {data && !hasGroups && npos.length === 0 && <p>{t('myNeeds.nothing')}</p>}
        {npos.length > 0 && (
          <section aria-labelledby="my-offers">
            <h2 id="my-offers">{t('myNeeds.offers')}</h2>
            {data?.myOffers.length ? (
              <ul className="plain-list" data-testid="my-offers">
                {data.myOffers.map((o) => (
                  <li key={o.id} className="staff-item">
                    <Link to={`/offers/${o.id}`}>{o.needTitle}</Link>
                    <p>
                      {o.groupName} ・ {o.npo.name}{' '}
                      <Tag tone={offerTone(o.status)}>{t(`offers.status.${o.status}`)}</Tag>{' '}
                      {o.unreadCount > 0 && <Tag tone="primary">{t('offers.unread', { count: o.unreadCount })}</Tag>}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('myNeeds.noOffers')}</p>
            )}
          </section>
        )}
      </Stack>
    </Container>
  );
}

function Recommended({ npoId, npoName }: { npoId: string; npoName: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(RecommendedNeedsDocument, { variables: { npoId } });
  const id = `recommended-${npoId}`;
  return (
    <section aria-labelledby={id} data-testid="recommended-needs">
      <h2 id={id}>{t('myNeeds.recommended', { name: npoName })}</h2>
      {data && data.recommendedNeedsForNpo.length === 0 && <p>{t('myNeeds.noRecommended')}</p>}
      <ul className="npo-results" role="list">
        {data?.recommendedNeedsForNpo.map((m) => (
          <li key={m.need.id}>
            <NeedCard need={m.need} />
            <p className="offer-card__label">{t('needs.why')}</p>
            <ul className="reason-list">
              {m.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
