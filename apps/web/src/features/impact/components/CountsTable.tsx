import { DataTable, type DataTableColumn } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';

export interface Counts {
  needs: number;
  withOffer: number;
  matched: number;
  done: number;
}

interface Props<R extends Counts> {
  caption: string;
  rows: readonly R[];
  rowKey: (row: R) => string;
  name: { header: string; cell: (row: R) => string };
  /** more columns after the counts (groups, still open) */
  extra?: readonly DataTableColumn<R>[];
  testId?: string;
}

/** One table of the dashboard: a row per area, field or month with its four counts. */
export function CountsTable<R extends Counts>({ caption, rows, rowKey, name, extra = [], testId }: Props<R>) {
  const { t } = useTranslation();
  const count = (key: keyof Counts): DataTableColumn<R> => ({
    key,
    header: t(`impact.measure.${key}`),
    cell: (row) => row[key],
  });
  return (
    <DataTable<R>
      caption={caption}
      testId={testId}
      className="dashboard-table"
      rows={rows}
      rowKey={rowKey}
      columns={[
        { key: 'name', header: name.header, rowHeader: true, cell: name.cell },
        count('needs'),
        count('withOffer'),
        count('matched'),
        count('done'),
        ...extra,
      ]}
    />
  );
}
