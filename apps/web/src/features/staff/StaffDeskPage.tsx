import { useMutation, useQuery } from '@apollo/client/react';
import {
  ApproveCommunityGroupDocument,
  DecideNpoClaimDocument,
  MarcheEventsDocument,
  OutreachWaitingCountDocument,
  StaffDeskDocument,
} from '@tsunagu/shared/graphql-client';
import { Container, PageHeading, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { formatDay } from '../../shared/format-date';
import { AuditLogTable } from './components/AuditLogTable';
import { PendingHelpersSection } from './components/PendingHelpersSection';
import { PendingSection } from './components/PendingSection';
import { StaffOnlyPage } from './components/StaffOnlyPage';
import { wardLabel } from '../../shared/ward-label';

/** Staff: groups and NPO claims waiting for a decision, and what staff did lately. */
export function StaffDeskPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('staff.title'));
  const { data, error, refetch } = useQuery(StaffDeskDocument);
  const marche = useQuery(MarcheEventsDocument);
  // The link says how many NPOs groups wait for; without the number (e.g. it failed) it is still there.
  const waiting = useQuery(OutreachWaitingCountDocument);
  const waitingNpos = waiting.data?.introductionRequests.length;
  const [approveGroup] = useMutation(ApproveCommunityGroupDocument);
  const [decideClaim] = useMutation(DecideNpoClaimDocument);
  const act = async (action: () => Promise<unknown>) => {
    await action().catch(() => null);
    // Refetched, not updated in the cache: the server writes the audit line and decides what stays pending.
    await refetch();
  };
  if (error && !data) return <StaffOnlyPage title={t('staff.title')} />;
  return (
    <Container className="page">
      <Stack gap="lg">
        <PageHeading lead={t('staff.lead')}>{t('staff.title')}</PageHeading>
        <ul className="plain-list">
          <li>
            <Link to="/staff/imports">{t('staffImport.title')}</Link>
          </li>
          <li>
            <Link to="/staff/databook" data-testid="staff-databook-link">
              {t('databook.title')}
            </Link>
          </li>
          <li>
            <Link to="/staff/outreach" data-testid="staff-outreach-link">
              {waitingNpos ? t('outreach.deskLinkCount', { count: waitingNpos }) : t('outreach.title')}
            </Link>
          </li>
          <li>
            <Link to="/staff/schemes" data-testid="staff-schemes-link">
              {t('schemes.staff.deskLink')}
            </Link>
          </li>
          <li>
            <Link to="/staff/dashboard" data-testid="staff-dashboard-link">
              {t('impact.deskLink')}
            </Link>
          </li>
          <li>
            <Link to="/staff/school-districts" data-testid="staff-school-districts-link">
              {t('schoolDistrict.staff.deskLink')}
            </Link>
          </li>
          <li>
            <Link to="/staff/stories" data-testid="staff-stories-link">
              {t('stories.staff.deskLink')}
            </Link>
          </li>
          <li>
            <Link to="/staff/centres" data-testid="staff-centres-link">
              {t('assisted.centreStaff.deskLink')}
            </Link>
          </li>
          <li>
            <Link to="/centre" data-testid="staff-centre-desk-link">
              {t('assisted.desk.title')}
            </Link>
          </li>
          <li>
            <Link to="/staff/needs" data-testid="staff-needs-link">
              {t('staffNeeds.title')}
            </Link>
          </li>
          {marche.data?.marcheEvents.map((e) => (
            <li key={e.id}>
              <Link to={`/staff/marche/${e.id}`} data-testid="staff-marche-link">
                {t('outreach.withExtra', {
                  main: `${t('marche.staffEvents')} ${e.name}`,
                  extra: formatDay(e.eventDate, i18n.resolvedLanguage),
                })}
              </Link>
            </li>
          ))}
          <li>
            <Link to="/staff/marche/new" data-testid="staff-marche-new">
              {t('marche.newLink')}
            </Link>
          </li>
        </ul>
        <PendingSection
          kind="groups"
          items={data?.pendingCommunityGroups}
          nameOf={(g) => g.name}
          decide={(g, approve) => act(() => approveGroup({ variables: { id: g.id, approve } }))}
        >
          {(g) => (
            <>
              <strong>{g.name}</strong>
              {t('staff.inBrackets', {
                value: [g.ward && wardLabel(g.ward, i18n.resolvedLanguage), g.area]
                  .filter(Boolean)
                  .join(t('staff.listJoin')),
              })}
              <br />
              {t('staff.labelled', {
                label: t('staff.representative'),
                value: [g.representativeName ?? '—', g.contactPhone ?? '—', g.contactEmail ?? '—'].join(
                  t('staff.separator'),
                ),
              })}
            </>
          )}
        </PendingSection>
        <PendingSection
          kind="claims"
          items={data?.pendingNpoClaims}
          nameOf={(c) => c.npoName}
          decide={(c, approve) => act(() => decideClaim({ variables: { claimId: c.id, approve } }))}
        >
          {(c) => (
            <>
              <strong>
                <Link to={`/npos/${c.npoId}`}>{c.npoName}</Link>
              </strong>
              <br />
              {t('staff.labelled', {
                label: t('outreach.withExtra', { main: c.claimantName, extra: c.claimantEmail ?? '—' }),
                value: c.message,
              })}
            </>
          )}
        </PendingSection>
        <PendingHelpersSection />
        <section aria-labelledby="staff-audit">
          <h2 id="staff-audit">{t('staff.audit')}</h2>
          {data?.auditLog.length === 0 && <p>{t('staff.noAudit')}</p>}
          <AuditLogTable entries={data?.auditLog ?? []} />
        </section>
      </Stack>
    </Container>
  );
}
