import type { CityDashboardQuery } from '@tsunagu/shared/graphql-client';
import { DataTable, Tag } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';

type Gap = CityDashboardQuery['cityDashboard']['gap'][number];

/**
 * Where groups wait and few helpers answer: open needs per area and field against the helpers
 * that work there, and how many of them have someone on the platform. A row with nobody to
 * answer says so in words, not by colour alone.
 */
export function GapTable({ rows }: { rows: readonly Gap[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p data-testid="gap-none">{t('impact.gap.none')}</p>;
  return (
    <DataTable<Gap>
      caption={t('impact.gap.caption')}
      testId="dashboard-gap"
      className="dashboard-table"
      rows={rows}
      rowKey={(r) => `${r.area}/${r.field}`}
      columns={[
        { key: 'where', header: t('impact.gap.where'), rowHeader: true, cell: (r) => `${r.label} · ${r.fieldLabel}` },
        { key: 'open', header: t('impact.gap.openNeeds'), cell: (r) => r.openNeeds },
        { key: 'helpers', header: t('impact.gap.helpers'), cell: (r) => r.helpers },
        { key: 'withAccount', header: t('impact.gap.withAccount'), cell: (r) => r.helpersWithAccount },
        {
          key: 'shortfall',
          header: t('impact.gap.shortfall'),
          cell: (r) =>
            r.helpersWithAccount === 0 ? (
              <>
                {r.shortfall} <Tag tone="warning">{t('impact.gap.recruit')}</Tag>
              </>
            ) : (
              r.shortfall
            ),
        },
      ]}
    />
  );
}
