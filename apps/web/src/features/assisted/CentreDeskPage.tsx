import './assisted.css';
import { useQuery } from '@apollo/client/react';
import { MyCentresDocument } from '@tsunagu/shared/graphql-client';
import { Container, Notice, PageHeading, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { SignInGate } from '../../app/SignInGate';
import { usePageTitle } from '../../app/usePageTitle';
import { useMe } from '../accounts/hooks/useMe';
import { CentreDesk } from './components/CentreDesk';
import { NoCentreNotice } from './components/NoCentreNotice';
import { wardLabel } from '../../shared/ward-label';

/** What the registration page hands over when it comes back here. */
export interface CentreDeskState {
  registered?: { id: string; name: string };
}

/**
 * 「市民センターの窓口」: centre staff act for the groups whose officers are not online. City
 * staff see every centre and pick one; anyone else is told whom to ask.
 */
export function CentreDeskPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('assisted.desk.title'));
  const { centreId: chosen } = useParams();
  const registered = (useLocation().state as CentreDeskState | null)?.registered;
  const { me, loading } = useMe();
  const centres = useQuery(MyCentresDocument, { skip: !me });

  if (loading || (me && centres.loading && !centres.data)) return null;
  if (!me) return <SignInGate title={t('assisted.desk.title')} message={t('assisted.desk.noCentreBody')} />;
  const list = centres.data?.myCentres ?? [];
  const centreId = chosen ?? (list.length === 1 ? list[0].id : undefined);
  return (
    <Container className="page">
      <Stack gap="lg">
        <PageHeading lead={t('assisted.desk.lead')}>{t('assisted.desk.title')}</PageHeading>
        {registered && (
          <Notice title={t('assisted.desk.registered')}>
            <Link to={`/needs/new?group=${registered.id}`} data-testid="registered-write-need">
              {t('assisted.desk.registeredLink', { name: registered.name })}
            </Link>
          </Notice>
        )}
        {list.length === 0 && <NoCentreNotice />}
        {list.length > 1 && (
          <nav aria-labelledby="centre-choice">
            <h2 id="centre-choice">{t('assisted.desk.chooseCentre')}</h2>
            <ul className="plain-list">
              {list.map((c) => (
                <li key={c.id}>
                  <Link to={`/centre/${c.id}`} aria-current={c.id === centreId ? 'page' : undefined}>
                    {t('format.withExtra', { main: c.name, extra: wardLabel(c.ward, i18n.resolvedLanguage) })}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {centreId && list.length > 0 && <CentreDesk centreId={centreId} />}
      </Stack>
    </Container>
  );
}
