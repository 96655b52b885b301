import { useQuery } from '@apollo/client/react';
import {
  type MarcheApplicationItemFragment,
  MarcheApplicationsDocument,
  MarcheEventDocument,
  type MarcheEventQuery,
} from '@tsunagu/shared/graphql-client';
import { Container, Notice, PageHeading, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from '../accounts/field-checks';
import { BoothPlacementPanel } from './components/BoothPlacementPanel';
import { MarchePrintList } from './components/MarchePrintList';
import { StaffBoothTypeApplications } from './components/StaffBoothTypeApplications';
import { useBoothPlacement } from './hooks/useBoothPlacement';
import { formatDay } from '../../shared/format-date';
import { MarcheMap } from './MarcheMap';
import { MarcheLayoutEditor } from './MarcheLayoutEditor';
import { MarcheInvitations } from './MarcheOutreach';
import { FoldedSection } from './components/FoldedSection';
import './marche-staff.css';

/**
 * Staff: the applications of one marché by booth type (accept, or reject with a reason the NPO
 * sees), and the venue map where accepted exhibitors are placed on booths, by hand or automatically,
 * then printed for the day.
 */
export function StaffMarchePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const eventQuery = useQuery(MarcheEventDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const appsQuery = useQuery(MarcheApplicationsDocument, {
    variables: { eventId: id },
    fetchPolicy: 'cache-and-network',
  });
  const event = eventQuery.data?.marcheEvent;
  usePageTitle(event ? t('marche.staffTitle', { name: event.name }) : t('marche.title'));
  // A decision changes the counts of places and may move others on the waiting list: the
  // server counts both, so the event and the applications are loaded again.
  const afterReview = async () => {
    await Promise.all([eventQuery.refetch(), appsQuery.refetch()]);
  };
  const reloadEvent = () => eventQuery.refetch();

  if (appsQuery.error && !appsQuery.data) {
    return (
      <Container width="narrow" className="page">
        <Stack gap="lg">
          <PageHeading>{t('marche.title')}</PageHeading>
          <Notice tone="warning" title={t('staffImport.forbidden')}>
            {errorMessage(appsQuery.error, t('staffImport.forbiddenBody'))}{' '}
            <Link to={`/login?next=/staff/marche/${id}`}>{t('nav.login')}</Link>
          </Notice>
        </Stack>
      </Container>
    );
  }
  if (!event) {
    return (
      <p className="page">
        {eventQuery.error ? errorMessage(eventQuery.error, t('marche.notFound')) : t('npo.loading')}
      </p>
    );
  }
  return (
    <StaffMarche
      event={event}
      applications={appsQuery.data?.marcheApplications ?? []}
      afterReview={afterReview}
      reloadEvent={reloadEvent}
    />
  );
}

interface Props {
  event: MarcheEventQuery['marcheEvent'];
  applications: MarcheApplicationItemFragment[];
  afterReview: () => Promise<void>;
  reloadEvent: () => Promise<unknown>;
}

function StaffMarche({ event, applications, afterReview, reloadEvent }: Props) {
  const { t, i18n } = useTranslation();
  const placement = useBoothPlacement(event, applications, reloadEvent);
  const countOf = (status: string) => applications.filter((a) => a.status === status).length;
  const [pending, accepted, waitlisted] = ['PENDING', 'ACCEPTED', 'WAITLISTED'].map(countOf);
  const placeable = placement.placeable.length;
  return (
    <Container className="page marche-staff">
      <Stack gap="lg">
        <div className="no-print">
          <p className="need-page__group">
            <Link to="/staff">{t('staff.title')}</Link>
          </p>
          <PageHeading lead={t('marche.staffLead')}>{t('marche.staffTitle', { name: event.name })}</PageHeading>
          <p>
            {t('marche.dateVenue', { date: formatDay(event.eventDate, i18n.resolvedLanguage), venue: event.venue })}
            {t('staff.separator')}
            <Link to={`/marche/${event.id}`}>{t('marche.publicPage')}</Link>
          </p>
          <p className="button-row">
            <a href={`/api/marche/${event.id}/applications.csv`} download>
              {t('marche.exportCsv')}
            </a>
            <a href={`/api/marche/${event.id}/applications.xlsx`} download>
              {t('marche.exportXlsx')}
            </a>
            {event.layout && (
              <a href={`/api/marche/${event.id}/layout.pdf`} download data-testid="marche-layout-pdf">
                {t('marche.exportPdf')}
              </a>
            )}
          </p>
        </div>
        <h1 className="print-only">{event.name}</h1>
        <p className="print-only">
          {t('marche.dateVenue', { date: formatDay(event.eventDate, i18n.resolvedLanguage), venue: event.venue })}
        </p>

        <div className="no-print">
          <FoldedSection
            id="marche-applications"
            title={t('marche.applications')}
            count={t('marche.foldApplications', { pending, accepted, waitlisted })}
            defaultOpen
            testId="marche-section-applications"
          >
            {event.boothTypes.map((bt) => (
              <StaffBoothTypeApplications
                key={bt.code}
                boothType={bt}
                applications={applications.filter((a) => a.boothType === bt.code)}
                onReviewed={afterReview}
              />
            ))}
          </FoldedSection>
        </div>

        <FoldedSection
          id="marche-layout"
          title={t('marche.layout')}
          count={
            event.layout
              ? t('marche.foldLayout', { placed: placement.placed.length, accepted: placeable })
              : t('marche.noMap')
          }
          defaultOpen={!event.layout}
          testId="marche-section-layout"
          printContentOnly
        >
          <details className="need-page__close no-print" open={!event.layout}>
            <summary>{t('marche.layoutEdit')}</summary>
            <MarcheLayoutEditor eventId={event.id} layout={event.layout} onSaved={() => void reloadEvent()} />
          </details>
          {event.layout && (
            <Stack gap="md">
              <BoothPlacementPanel placement={placement} />
              <MarcheMap
                layout={event.layout}
                placing={placement.chosen?.npoName}
                onPlace={(cell) => {
                  const chosen = placement.chosen;
                  if (chosen) placement.place(chosen.id, cell.id, chosen.npoName, cell.number);
                }}
              />
              <MarchePrintList placed={placement.placed} />
            </Stack>
          )}
        </FoldedSection>
        <MarcheInvitations eventId={event.id} />
      </Stack>
    </Container>
  );
}
