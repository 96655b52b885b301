import { useMutation, useQuery } from '@apollo/client/react';
import {
  AssignBoothDocument,
  AutoAssignBoothsDocument,
  MessageMarcheApplicantDocument,
  type MarcheApplicationItemFragment,
  MarcheApplicationsDocument,
  MarcheEventDocument,
  ReviewMarcheApplicationDocument,
} from '@tsunagu/shared/graphql-client';
import { Button, Container, Notice, PageHeading, Stack, TextArea } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from '../accounts/field-checks';
import { MarcheStatusTag } from './components/MarcheStatusTag';
import { formatMarcheDate, placesLeft } from './marche-format';
import { MarcheMap } from './MarcheMap';
import { MarcheLayoutEditor } from './MarcheLayoutEditor';
import { MarcheInvitations } from './MarcheOutreach';

type Application = MarcheApplicationItemFragment;

/**
 * Staff: the applications of one marché by booth type (accept, or reject with a reason the NPO
 * sees), and the venue map where accepted exhibitors are placed on booths, by hand or automatically,
 * then printed for the day.
 */
export function StaffMarchePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const eventQuery = useQuery(MarcheEventDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const appsQuery = useQuery(MarcheApplicationsDocument, {
    variables: { eventId: id },
    fetchPolicy: 'cache-and-network',
  });
  const event = eventQuery.data?.marcheEvent;
  usePageTitle(event ? t('marche.staffTitle', { name: event.name }) : t('marche.title'));
  const [selected, setSelected] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [assign, assignState] = useMutation(AssignBoothDocument);
  const [autoAssign, autoState] = useMutation(AutoAssignBoothsDocument);
  const [bulkReview, bulkState] = useMutation(ReviewMarcheApplicationDocument);
  const bulk = { review: bulkReview, loading: bulkState.loading };
  const refresh = async () => {
    await Promise.all([eventQuery.refetch(), appsQuery.refetch()]);
  };

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
  const applications = appsQuery.data?.marcheApplications ?? [];
  const cells = event.layout?.cells ?? [];
  const boothOf = (a: Application) => cells.find((c) => c.kind === 'BOOTH' && c.exhibitor === a.npoName);
  const boothTypes = new Set(event.boothTypes.filter((bt) => !bt.slotMinutes).map((bt) => bt.code));
  const placeable = applications.filter((a) => a.status === 'ACCEPTED' && boothTypes.has(a.boothType));
  const chosen = placeable.find((a) => a.id === selected) ?? null;
  const placed = placeable
    .map((a) => ({ a, cell: boothOf(a) }))
    .filter((x) => x.cell)
    .sort((x, y) => (x.cell?.number ?? 0) - (y.cell?.number ?? 0));

  const place = (applicationId: string, boothId: string | null, name: string, number?: number | null) => {
    setMessage('');
    void assign({ variables: { applicationId, boothId } }).then(
      async () => {
        setSelected(null);
        await refresh();
        setMessage(boothId ? t('marche.placed', { name, number }) : t('marche.unplaced', { name }));
      },
      () => undefined,
    );
  };
  const actionError = assignState.error ?? autoState.error;

  return (
    <Container className="page marche-staff">
      <Stack gap="lg">
        <div className="no-print">
          <p className="need-page__group">
            <Link to="/staff">{t('staff.title')}</Link>
          </p>
          <PageHeading lead={t('marche.staffLead')}>{t('marche.staffTitle', { name: event.name })}</PageHeading>
          <p>
            {formatMarcheDate(event.eventDate, i18n.resolvedLanguage)}／{event.venue}／
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
          {formatMarcheDate(event.eventDate, i18n.resolvedLanguage)}／{event.venue}
        </p>

        <section aria-labelledby="marche-applications" className="no-print">
          <h2 id="marche-applications">{t('marche.applications')}</h2>
          {event.boothTypes.map((bt) => {
            const ofType = applications.filter((a) => a.boothType === bt.code);
            return (
              <section key={bt.code} aria-labelledby={`marche-type-${bt.code}`} className="marche-type-group">
                <h3 id={`marche-type-${bt.code}`}>
                  {bt.name}
                  <span className="marche-type-group__count">
                    {t('marche.typeCount', {
                      taken: bt.taken,
                      capacity: bt.capacity,
                      left: placesLeft(bt),
                      waiting: bt.waitlisted,
                    })}
                  </span>
                </h3>
                {ofType.some((a) => a.status === 'PENDING') && (
                  <div className="button-row">
                    <Button
                      variant="secondary"
                      disabled={bulk.loading}
                      onClick={() =>
                        void Promise.all(
                          ofType
                            .filter((a) => a.status === 'PENDING')
                            .map((a) => bulk.review({ variables: { id: a.id, decision: 'ACCEPT', reason: null } })),
                        ).then(refresh, () => undefined)
                      }
                      data-testid={`marche-accept-all-${bt.code}`}
                    >
                      {t('marche.acceptAll', { count: ofType.filter((a) => a.status === 'PENDING').length })}
                    </Button>
                  </div>
                )}
                {ofType.length === 0 ? (
                  <p>{t('marche.noApplications')}</p>
                ) : (
                  <ul className="plain-list" data-testid={`marche-apps-${bt.code}`}>
                    {ofType.map((a) => (
                      <ApplicationItem key={a.id} application={a} onChanged={refresh} />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </section>

        <section aria-labelledby="marche-layout">
          <h2 id="marche-layout" className="no-print">
            {t('marche.layout')}
          </h2>
          <details className="need-page__close no-print" open={!event.layout}>
            <summary>{t('marche.layoutEdit')}</summary>
            <MarcheLayoutEditor eventId={event.id} layout={event.layout} onSaved={() => void refresh()} />
          </details>
          {!event.layout ? (
            <p>{t('marche.noMap')}</p>
          ) : (
            <Stack gap="md">
              <div className="no-print">
                <p>{t('marche.layoutHint')}</p>
                {placeable.length === 0 ? (
                  <p>{t('marche.noneToPlace')}</p>
                ) : (
                  <ul className="marche-pick" role="list" data-testid="marche-pick">
                    {placeable.map((a) => {
                      const cell = boothOf(a);
                      return (
                        <li key={a.id}>
                          <Button
                            variant={selected === a.id ? 'primary' : 'secondary'}
                            aria-pressed={selected === a.id}
                            onClick={() => setSelected(selected === a.id ? null : a.id)}
                          >
                            {a.npoName}
                            {cell
                              ? `（${t('marche.boothNumber', { number: cell.number })}）`
                              : `（${t('marche.boothTbd')}）`}
                          </Button>
                          {cell && (
                            <Button
                              variant="secondary"
                              className="marche-pick__off"
                              aria-label={t('marche.unplaceFor', { name: a.npoName })}
                              onClick={() => place(a.id, null, a.npoName)}
                            >
                              {t('marche.unplace')}
                            </Button>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                )}
                <p role="status" aria-live="polite" className="marche-staff__status" data-testid="marche-staff-status">
                  {chosen ? t('marche.choosing', { name: chosen.npoName }) : message}
                </p>
                {actionError && (
                  <Notice tone="error" title={t('form.tryAgain')}>
                    {errorMessage(actionError, t('form.tryAgain'))}
                  </Notice>
                )}
                <div className="button-row">
                  <Button
                    variant="secondary"
                    disabled={autoState.loading}
                    onClick={() =>
                      void autoAssign({ variables: { eventId: event.id } }).then(
                        async () => {
                          await refresh();
                          setMessage(t('marche.autoDone'));
                        },
                        () => undefined,
                      )
                    }
                    data-testid="marche-auto"
                  >
                    {t('marche.auto')}
                  </Button>
                  <Button variant="secondary" onClick={() => window.print()} data-testid="marche-print">
                    {t('marche.print')}
                  </Button>
                </div>
              </div>
              <MarcheMap
                layout={event.layout}
                placing={chosen?.npoName}
                onPlace={(cell) => chosen && place(chosen.id, cell.id, chosen.npoName, cell.number)}
              />
              <section aria-labelledby="marche-print-list" className="print-only">
                <h2 id="marche-print-list">{t('marche.exhibitors')}</h2>
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('marche.booth')}</th>
                      <th scope="col">{t('marche.who')}</th>
                      <th scope="col">{t('marche.what')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {placed.map(({ a, cell }) => (
                      <tr key={a.id}>
                        <td>{cell?.number}</td>
                        <td>{a.npoName}</td>
                        <td>{a.title}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            </Stack>
          )}
        </section>
        <MarcheInvitations eventId={event.id} />
      </Stack>
    </Container>
  );
}

/** One application: who, what, status; accept or reject (with a reason the NPO sees). */
function ApplicationItem({ application: a, onChanged }: { application: Application; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const [review, { loading, error }] = useMutation(ReviewMarcheApplicationDocument);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const decide = (decision: 'ACCEPT' | 'REJECT') =>
    void review({ variables: { id: a.id, decision, reason: decision === 'REJECT' ? reason.trim() : null } }).then(
      onChanged,
      () => undefined,
    );
  const open = a.status === 'PENDING' || a.status === 'WAITLISTED';
  return (
    <li className="staff-item" data-testid="marche-application">
      <strong>{a.npoName}</strong> <MarcheStatusTag application={a} />
      <br />
      {a.title}
      <p className="marche-application__text">{a.description}</p>
      {a.reviewReason && (
        <p>
          {t('marche.reason')}：{a.reviewReason}
        </p>
      )}
      {error && (
        <p className="ui-field__error" role="alert">
          {errorMessage(error, t('form.tryAgain'))}
        </p>
      )}
      {open && !rejecting && (
        <div className="button-row">
          <Button
            disabled={loading}
            onClick={() => decide('ACCEPT')}
            aria-label={t('marche.acceptFor', { name: a.npoName })}
          >
            {t('marche.accept')}
          </Button>
          <Button
            variant="secondary"
            disabled={loading}
            onClick={() => setRejecting(true)}
            aria-label={t('marche.rejectFor', { name: a.npoName })}
          >
            {t('marche.reject')}
          </Button>
        </div>
      )}
      {open && rejecting && (
        <Stack gap="sm">
          <TextArea
            label={t('marche.rejectReason')}
            hint={t('marche.rejectReasonHint')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={2}
            required
          />
          <div className="button-row">
            <Button disabled={loading || !reason.trim()} onClick={() => decide('REJECT')}>
              {t('marche.rejectSubmit')}
            </Button>
            <Button variant="secondary" onClick={() => setRejecting(false)}>
              {t('marche.cancel')}
            </Button>
          </div>
        </Stack>
      )}
      <MessageApplicant applicationId={a.id} npoName={a.npoName} />
    </li>
  );
}

/** Staff write to the applicant (in the app and by mail), e.g. about power or the booth. */
function MessageApplicant({ applicationId, npoName }: { applicationId: string; npoName: string }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [send, { loading, error, data }] = useMutation(MessageMarcheApplicantDocument);
  return (
    <details className="need-page__close">
      <summary>{t('marche.messageTitle', { name: npoName })}</summary>
      <Stack gap="sm">
        <TextArea label={t('marche.messageBody')} value={body} onChange={(e) => setBody(e.target.value)} rows={3} />
        {error && (
          <p className="ui-field__error" role="alert">
            {errorMessage(error, t('form.tryAgain'))}
          </p>
        )}
        {data && <p role="status">{t('marche.messageSent')}</p>}
        <div>
          <Button
            variant="secondary"
            disabled={loading || !body.trim()}
            onClick={() =>
              void send({ variables: { applicationId, body: body.trim() } }).then(
                () => setBody(''),
                () => undefined,
              )
            }
          >
            {t('marche.messageSend')}
          </Button>
        </div>
      </Stack>
    </details>
  );
}
