import type { CityDashboardQuery } from '@tsunagu/shared/graphql-client';
import { Button, DataTable, Tag } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Gap = CityDashboardQuery['cityDashboard']['gap'][number];

const FIRST_ROWS = 8;

/**
 * Where groups wait and few helpers answer: open needs per area and field against the helpers
 * that work there, and how many of them have someone on the platform. A row with nobody to
 * answer says so in words, not by colour alone.
 */
export function GapTable({ rows }: { rows: readonly Gap[] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (rows.length === 0) return <p data-testid="gap-none">{t('impact.gap.none')}</p>;
  // The largest shortfalls first; the long tail on request (a phone reader wants where to act).
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);
  return (
    <>
      <DataTable<Gap>
        caption={t('impact.gap.caption')}
        testId="dashboard-gap"
        className="dashboard-table"
        rows={shown}
        rowKey={(r) => `${r.area}/${r.field}`}
        columns={[
          {
            key: 'where',
            header: t('impact.gap.where'),
            rowHeader: true,
            cell: (r) => (
              <>
                {`${r.label} · ${r.fieldLabel}`}
                {r.helpersWithAccount === 0 && (
                  <span className="dashboard-gap__recruit">
                    <Tag tone="warning">{t('impact.gap.recruit')}</Tag>
                  </span>
                )}
              </>
            ),
          },
          { key: 'open', header: t('impact.gap.openNeeds'), cell: (r) => r.openNeeds },
          { key: 'helpers', header: t('impact.gap.helpers'), cell: (r) => r.helpers },
          { key: 'withAccount', header: t('impact.gap.withAccount'), cell: (r) => r.helpersWithAccount },
          { key: 'shortfall', header: t('impact.gap.shortfall'), cell: (r) => r.shortfall },
        ]}
      />
      {rows.length > FIRST_ROWS && (
        <div className="no-print">
          <Button type="button" variant="secondary" onClick={() => setAll(!all)} aria-expanded={all}>
            {all ? t('impact.gap.fewer') : t('impact.gap.all', { count: rows.length })}
          </Button>
        </div>
      )}
    </>
  );
}
