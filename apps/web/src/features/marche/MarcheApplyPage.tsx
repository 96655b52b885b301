import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  type MarcheApplicationItemFragment,
  MarcheApplicationsDocument,
  MarcheEventDocument,
  MyPageDocument,
} from '@tsunagu/shared/graphql-client';
import { Container, Notice, PageHeading, SignInRequired, Stack } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RouterAnchor } from '../../app/RouterAnchor';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from '../accounts/field-checks';
import { useMe } from '../accounts/hooks/useMe';
import { MarcheApplyForm } from './components/MarcheApplyForm';
import { MyMarcheApplications } from './components/MyMarcheApplications';
import { formatDay } from '../../shared/format-date';

/** An NPO applies to exhibit: one short page; then the result and its own applications (withdraw). */
export function MarcheApplyPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { me, loading: meLoading } = useMe();
  const client = useApolloClient();
  const eventQuery = useQuery(MarcheEventDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const claims = useQuery(MyPageDocument, { skip: !me });
  const mine = useQuery(MarcheApplicationsDocument, {
    variables: { eventId: id },
    skip: !me,
    fetchPolicy: 'cache-and-network',
  });
  const event = eventQuery.data?.marcheEvent;
  usePageTitle(t('marche.applyTitle'));
  const [result, setResult] = useState<MarcheApplicationItemFragment | null>(null);

  if ((eventQuery.loading && !event) || meLoading) return <p className="page">{t('npo.loading')}</p>;
  if (!event) {
    return (
      <Container width="narrow" className="page">
        <Stack gap="lg">
          <PageHeading>{t('marche.notFound')}</PageHeading>
          <Notice tone="warning">{errorMessage(eventQuery.error, t('marche.notFound'))}</Notice>
        </Stack>
      </Container>
    );
  }
  const npos = (claims.data?.myNpoClaims ?? []).filter((c) => c.status === 'APPROVED');
  const applications = mine.data?.marcheApplications ?? [];
  // One application per NPO and event; only a withdrawn one lets the NPO apply again.
  const applied = new Set(applications.filter((a) => a.status !== 'WITHDRAWN').map((a) => a.npoId));
  const free = npos.filter((n) => !applied.has(n.npoId));
  // Places left and waitlist positions are counted on the server: the event (and, after a
  // withdrawal, the other applications' positions) are loaded again.
  const afterWithdraw = () => {
    setResult(null);
    void mine.refetch();
    void eventQuery.refetch();
  };
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <div>
          <p className="need-page__group">
            <Link to={`/marche/${event.id}`}>{event.name}</Link>
          </p>
          <PageHeading lead={t('marche.applyLead', { date: formatDay(event.eventDate, i18n.resolvedLanguage) })}>
            {t('marche.applyTitle')}
          </PageHeading>
        </div>
        {!me ? (
          <SignInRequired
            title={t('marche.signInTitle')}
            message={t('marche.signInBody')}
            next={`/marche/${event.id}/apply`}
            signInLabel={t('nav.login')}
            as={RouterAnchor}
          />
        ) : claims.data && npos.length === 0 ? (
          <Notice tone="warning" title={t('marche.noNpoTitle')}>
            {t('marche.noNpoBody')} <Link to="/npos">{t('nav.npos')}</Link>
          </Notice>
        ) : null}

        {result && (
          <Notice
            tone="info"
            title={
              result.status === 'WAITLISTED'
                ? t('marche.resultWaitlisted', { position: result.waitlistPosition })
                : t(`marche.status.${result.status}`)
            }
          >
            <span data-testid="marche-apply-result">
              {result.status === 'WAITLISTED' ? t('marche.resultWaitlistedBody') : t('marche.resultPendingBody')}
            </span>
          </Notice>
        )}

        {applications.length > 0 && (
          <MyMarcheApplications
            applications={applications}
            typeName={(code) => typeNameOf(event.boothTypes, code)}
            onWithdrawn={afterWithdraw}
          />
        )}

        {me && !event.open && <Notice tone="warning">{t('marche.closed')}</Notice>}
        {me && event.open && free.length > 0 && (
          <MarcheApplyForm
            event={event}
            npos={free}
            onApplied={(a) => {
              setResult(a);
              // The new application joins the list in the cache; the places left are the server's.
              client.cache.modify({
                fields: {
                  marcheApplications(existing, { storeFieldName, toReference }) {
                    if (!storeFieldName.includes(`"eventId":"${id}"`) || !Array.isArray(existing)) return existing;
                    const ref = toReference({ __typename: 'MarcheApplication', id: a.id });
                    return ref ? [...existing, ref] : existing;
                  },
                },
              });
              void eventQuery.refetch();
              window.scrollTo({ top: 0 });
            }}
          />
        )}
      </Stack>
    </Container>
  );
}

const typeNameOf = (types: Array<{ code: string; name: string }>, code: string) =>
  types.find((x) => x.code === code)?.name ?? code;
