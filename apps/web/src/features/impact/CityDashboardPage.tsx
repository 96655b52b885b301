import { useQuery } from '@apollo/client/react';
import { CityDashboardDocument } from '@tsunagu/shared/graphql-client';
import { Button, Container, Notice, PageHeading, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { TryAgainNotice } from '../../app/TryAgainNotice';
import { usePageTitle } from '../../app/usePageTitle';
import { useMe } from '../accounts/hooks/useMe';
import { formatDay } from '../../shared/format-date';
import { FunnelSection } from '../staff/components/outreach/FunnelSection';
import { StaffOnlyPage } from '../staff/components/StaffOnlyPage';
import { CountsTable } from './components/CountsTable';
import { DashboardFilters } from './components/DashboardFilters';
import { DashboardTotals } from './components/DashboardTotals';
import { FigureChart } from './components/FigureChart';
import { GapTable } from './components/GapTable';
import { type DashboardFilter, csvHref, filterOf, inputOf } from './dashboard-format';
import './impact.css';

/**
 * The city's figures: how many needs, how many found help and how fast, by ward, 校区, field,
 * status and month, and where helpers are missing. `/impact` for everyone (aggregates, small
 * areas merged); `/staff/dashboard` for staff (every area, and the outreach funnel).
 */
export function CityDashboardPage({ staff = false }: { staff?: boolean }) {
  const { t, i18n } = useTranslation();
  const title = staff ? t('impact.staffTitle') : t('impact.title');
  usePageTitle(title);
  const { me, loading: meLoading } = useMe();
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const { data, error, loading } = useQuery(CityDashboardDocument, { variables: { input: inputOf(filter) } });
  if (staff && !meLoading && me?.role !== 'STAFF' && me?.role !== 'ADMIN') return <StaffOnlyPage title={title} />;
  const d = data?.cityDashboard;
  const show = (next: DashboardFilter) => setParams(new URLSearchParams(Object.entries(next).filter(([, v]) => v)));
  const measures = (['needs', 'withOffer', 'matched', 'done'] as const).map((key) => ({
    key,
    label: t(`impact.measure.${key}`),
  }));
  return (
    <Container className="page dashboard">
      <Stack gap="lg">
        <PageHeading lead={staff ? t('impact.staffLead') : t('impact.lead')}>{title}</PageHeading>
        <DashboardFilters key={params.toString()} value={filter} onChange={show} />
        <TryAgainNotice error={error} />
        {loading && !d && <p role="status">{t('impact.loading')}</p>}
        {d && (
          <>
            <p className="dashboard-period" data-testid="dashboard-period">
              {t('impact.period', {
                from: formatDay(d.from, i18n.resolvedLanguage),
                to: formatDay(d.to, i18n.resolvedLanguage),
                where: d.ward ?? t('impact.wholeCity'),
              })}
            </p>
            {d.withheld && (
              <Notice tone="warning" title={t('impact.withheldTitle')}>
                <p>{t('impact.withheldBody', { ward: d.ward })}</p>
                <p>
                  <a href="/impact" onClick={(e) => (e.preventDefault(), show({ ...filter, ward: '' }))}>
                    {t('impact.seeWholeCity')}
                  </a>
                </p>
              </Notice>
            )}
            {d.audience === 'PUBLIC' && !d.withheld && <p className="dashboard-note">{t('impact.publicNote')}</p>}
            <div className="button-row no-print">
              <a className="ui-button ui-button--secondary" href={csvHref(filter)} download data-testid="dashboard-csv">
                {t('impact.csv')}
              </a>
              <Button type="button" variant="secondary" onClick={() => window.print()}>
                {t('impact.print')}
              </Button>
            </div>
            <section aria-labelledby="dashboard-totals">
              <h2 id="dashboard-totals">{t('impact.totalsTitle')}</h2>
              <DashboardTotals totals={d.totals} />
            </section>
            <section aria-labelledby="dashboard-gap" className="dashboard-section">
              <h2 id="dashboard-gap">{t('impact.gap.title')}</h2>
              <p>{t('impact.gap.lead')}</p>
              <GapTable rows={d.gap} />
            </section>
            <section aria-labelledby="dashboard-months" className="dashboard-section">
              <h2 id="dashboard-months">{t('impact.byMonth')}</h2>
              <FigureChart
                rows={d.byMonth}
                name={(r) => r.month.slice(2).replace('-', '/')}
                series={measures.slice(0, 3)}
              />
              <CountsTable
                caption={t('impact.byMonthCaption')}
                rows={d.byMonth}
                rowKey={(r) => r.month}
                name={{ header: t('impact.month'), cell: (r) => r.month }}
                testId="dashboard-months"
              />
            </section>
            <section aria-labelledby="dashboard-fields" className="dashboard-section">
              <h2 id="dashboard-fields">{t('impact.byField')}</h2>
              <FigureChart rows={d.byField} name={(r) => r.label} series={measures.slice(0, 2)} horizontal />
              <CountsTable
                caption={t('impact.byFieldCaption')}
                rows={d.byField}
                rowKey={(r) => String(r.field)}
                name={{ header: t('impact.field'), cell: (r) => r.label }}
                extra={[{ key: 'open', header: t('impact.measure.openNow'), cell: (r) => r.openNow }]}
                testId="dashboard-fields"
              />
            </section>
            <section aria-labelledby="dashboard-wards" className="dashboard-section">
              <h2 id="dashboard-wards">{t('impact.byWard')}</h2>
              <FigureChart rows={d.byWard} name={(r) => r.label} series={measures} horizontal />
              <CountsTable
                caption={t('impact.byWardCaption')}
                rows={d.byWard}
                rowKey={(r) => r.area}
                name={{ header: t('impact.ward'), cell: (r) => r.label }}
                extra={[{ key: 'groups', header: t('impact.measure.groups'), cell: (r) => r.groups }]}
                testId="dashboard-wards"
              />
            </section>
            <section aria-labelledby="dashboard-districts" className="dashboard-section">
              <h2 id="dashboard-districts">{t('impact.bySchoolDistrict')}</h2>
              <CountsTable
                caption={t('impact.bySchoolDistrictCaption')}
                rows={d.bySchoolDistrict}
                rowKey={(r) => r.area}
                name={{ header: t('impact.schoolDistrict'), cell: (r) => r.label }}
                extra={[{ key: 'groups', header: t('impact.measure.groups'), cell: (r) => r.groups }]}
                testId="dashboard-districts"
              />
            </section>
            <section aria-labelledby="dashboard-status" className="dashboard-section">
              <h2 id="dashboard-status">{t('impact.byStatus')}</h2>
              <ul className="plain-list" data-testid="dashboard-status">
                {d.byStatus.map((s) => (
                  <li key={s.status}>{t('impact.statusLine', { label: s.label, count: s.needs })}</li>
                ))}
              </ul>
            </section>
          </>
        )}
        {staff && (
          <section aria-labelledby="dashboard-outreach" className="dashboard-section">
            <h2 id="dashboard-outreach">{t('impact.outreach')}</h2>
            <FunnelSection />
          </section>
        )}
      </Stack>
    </Container>
  );
}
