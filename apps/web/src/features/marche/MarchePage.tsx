import { useQuery } from '@apollo/client/react';
import { MarcheEventDocument, MyPageDocument } from '@tsunagu/shared/graphql-client';
import { ButtonLink, Container, Notice, PageHeading, Stack, Tag } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RouterAnchor } from '../../app/RouterAnchor';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from '../accounts/field-checks';
import { useMe } from '../accounts/hooks/useMe';
import { formatDay } from '../../shared/format-date';
import { MarcheMap } from './MarcheMap';
import { MeetWishButton } from './MarcheOutreach';
import { BackLink } from '../../shared/BackLink';

/** One marché for visitors (read on a phone at the venue): what, when, where, the map, who exhibits, the stage. */
export function MarchePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { me } = useMe();
  const { data, loading, error } = useQuery(MarcheEventDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const event = data?.marcheEvent;
  usePageTitle(event?.name ?? t('marche.title'));
  const claims = useQuery(MyPageDocument, { skip: !me });
  const isNpoMember = (claims.data?.myNpoClaims ?? []).some((c) => c.status === 'APPROVED');
  const isStaff = me?.role === 'STAFF' || me?.role === 'ADMIN';

  if (loading && !event) return <p className="page">{t('npo.loading')}</p>;
  if (!event) {
    return (
      <Container width="narrow" className="page">
        <Stack gap="lg">
          <PageHeading>{t('marche.notFound')}</PageHeading>
          <Notice tone="warning">{error ? errorMessage(error, t('marche.notFound')) : t('marche.notFound')}</Notice>
          <BackLink href="/marche">{t('marche.backToList')}</BackLink>
        </Stack>
      </Container>
    );
  }
  const booths = event.exhibitors
    .filter((x) => !x.stageTime)
    .sort((a, b) => (a.boothNumber ?? 9999) - (b.boothNumber ?? 9999));
  const stage = event.exhibitors
    .filter((x) => x.stageTime)
    .sort((a, b) => (a.stageTime ?? '').localeCompare(b.stageTime ?? ''));
  return (
    <Container className="page">
      <Stack gap="lg">
        <div>
          <PageHeading>{event.name}</PageHeading>
          {event.open && (
            <p>
              <Tag tone="success">{t('marche.open')}</Tag>
            </p>
          )}
        </div>
        <dl className="marche-facts marche-facts--big">
          <dt>{t('marche.date')}</dt>
          <dd>{formatDay(event.eventDate, i18n.resolvedLanguage)}</dd>
          <dt>{t('marche.venue')}</dt>
          <dd>{event.venue}</dd>
        </dl>
        {event.description && <p className="npo-page__text">{event.description}</p>}

        {(isStaff || (isNpoMember && event.open)) && (
          <div className="button-row">
            {isNpoMember && event.open && (
              <ButtonLink href={`/marche/${event.id}/apply`} as={RouterAnchor} data-testid="marche-apply-link">
                {t('marche.applyLink')}
              </ButtonLink>
            )}
            {isStaff && (
              <ButtonLink
                href={`/staff/marche/${event.id}`}
                as={RouterAnchor}
                variant="secondary"
                data-testid="marche-staff-link"
              >
                {t('marche.staffLink')}
              </ButtonLink>
            )}
          </div>
        )}
        {event.open && !me && (
          <p>
            {t('marche.npoSignIn')}{' '}
            <a href={`/login?next=${encodeURIComponent(`/marche/${event.id}/apply`)}`}>{t('nav.login')}</a>
          </p>
        )}

        <section aria-labelledby="marche-map">
          <h2 id="marche-map">{t('marche.map')}</h2>
          {event.layout ? (
            <>
              <p>{t('marche.mapHint')}</p>
              <MarcheMap layout={event.layout} />
            </>
          ) : (
            <p>{t('marche.noMap')}</p>
          )}
        </section>

        <section aria-labelledby="marche-exhibitors">
          <h2 id="marche-exhibitors">{t('marche.exhibitors')}</h2>
          {booths.length === 0 ? (
            <p>{t('marche.noExhibitors')}</p>
          ) : (
            <ul className="npo-results" role="list" data-testid="marche-exhibitors">
              {booths.map((x) => (
                <li key={x.npoId}>
                  <article className="offer-card marche-exhibitor">
                    <p className="marche-exhibitor__booth">
                      {x.boothNumber != null
                        ? t('marche.boothNumber', { number: x.boothNumber })
                        : t('marche.boothTbd')}
                      {'　'}
                      <span className="marche-exhibitor__type">{x.boothTypeName}</span>
                    </p>
                    <h3 className="offer-card__npo">{x.npoName}</h3>
                    <p className="marche-exhibitor__title">{x.title}</p>
                    <p className="npo-page__text">{x.description}</p>
                    {me && <MeetWishButton eventId={event.id} npoId={x.npoId} npoName={x.npoName} />}
                  </article>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="marche-stage">
          <h2 id="marche-stage">{t('marche.stage')}</h2>
          {stage.length === 0 ? (
            <p>{t('marche.noStage')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table" data-testid="marche-stage">
                <caption className="ui-visually-hidden">{t('marche.stage')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('marche.time')}</th>
                    <th scope="col">{t('marche.who')}</th>
                    <th scope="col">{t('marche.what')}</th>
                  </tr>
                </thead>
                <tbody>
                  {stage.map((x) => (
                    <tr key={x.npoId}>
                      <td className="marche-time">{x.stageTime}</td>
                      <td>{x.npoName}</td>
                      <td>{x.title}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <BackLink href="/marche">{t('marche.backToList')}</BackLink>
      </Stack>
    </Container>
  );
}
