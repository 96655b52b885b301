import { useQuery } from '@apollo/client/react';
import { type OutreachFunnelQuery, OutreachFunnelDocument } from '@tsunagu/shared/graphql-client';
import { DataTable, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { TryAgainNotice } from '../../../../app/TryAgainNotice';
import { formatMedianDays } from '../../outreach-format';
import { wardLabel } from '../../../../shared/ward-label';

type Row = OutreachFunnelQuery['npoOutreachFunnel']['city'];
type Step = Row['steps'][number];

/**
 * 「数字で見る」: how far the city's letters and calls got, step by step (requests → letters →
 * codes used → claimed → offers → matches), for the whole city and each ward, with the median
 * days from the first request; the same figures as a CSV for the office's spreadsheets.
 */
export function FunnelSection() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(OutreachFunnelDocument);
  const funnel = data?.npoOutreachFunnel;
  const rows: Row[] = funnel ? [funnel.city, ...funnel.wards] : [];
  const steps = funnel?.city.steps ?? [];
  const cell = (row: Row, step: Step['step']) => {
    const found = row.steps.find((s) => s.step === step);
    if (!found) return '—';
    const days = formatMedianDays(found.medianDays);
    return (
      <>
        <span className="outreach-funnel__count">{t('outreach.funnel.count', { count: found.count })}</span>
        {days !== null && <span className="outreach-funnel__days">{t('outreach.funnel.days', { days })}</span>}
      </>
    );
  };
  return (
    <Stack gap="md">
      <p>{t('outreach.funnel.lead')}</p>
      <TryAgainNotice error={error} />
      {loading && !data && <p role="status">{t('outreach.loading')}</p>}
      {funnel && (
        <DataTable<Row>
          caption={t('outreach.funnel.caption')}
          testId="outreach-funnel"
          className="outreach-funnel"
          rows={rows}
          rowKey={(row) => row.ward ?? 'city'}
          columns={[
            {
              key: 'ward',
              header: t('outreach.funnel.where'),
              rowHeader: true,
              cell: (row) => (row.ward ? wardLabel(row.ward, i18n.resolvedLanguage) : t('outreach.funnel.city')),
            },
            ...steps.map((s) => ({ key: s.step, header: s.label, cell: (row: Row) => cell(row, s.step) })),
          ]}
        />
      )}
      <p>
        <a href="/api/staff/outreach-funnel.csv" download data-testid="outreach-funnel-csv">
          {t('outreach.funnel.csv')}
        </a>
      </p>
    </Stack>
  );
}
