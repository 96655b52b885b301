import type { NpoImportRunQuery } from '@tsunagu/shared/graphql-client';
import { DataTable, Notice, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';

type Run = NonNullable<NpoImportRunQuery['npoImportRun']>;

/** The result of one import, in words a staff member reads at a glance. */
const OPEN_DATA_COUNTS = ['inserted', 'updated', 'unchanged', 'rejected', 'markedNotInLatest'] as const;

/** `counts`: which counts to show (a list of helpers marks nobody as missing, so it leaves the last out). */
export function ImportRunReport({
  run,
  counts = OPEN_DATA_COUNTS,
  nameHeader,
}: {
  run: Run;
  counts?: ReadonlyArray<(typeof OPEN_DATA_COUNTS)[number]>;
  nameHeader?: string;
}) {
  const { t } = useTranslation();
  if (run.status === 'RUNNING') {
    return (
      <p role="status" data-testid="import-status" data-status={run.status}>
        {t('staffImport.running', { rows: run.processedRows.toLocaleString() })}
      </p>
    );
  }
  const ok = run.status === 'SUCCEEDED';
  return (
    <div data-testid="import-report" data-status={run.status}>
      <Stack gap="md">
        <Notice tone={ok ? 'info' : 'error'} title={t(`staffImport.status.${run.status}`)}>
          <span data-testid="import-status" data-status={run.status}>
            {ok ? t('staffImport.doneBody', { file: run.fileName }) : run.message}
          </span>
        </Notice>
        {ok && (
          <dl className="import-counts">
            {counts.map((key) => (
              <div key={key}>
                <dt>{t(`staffImport.counts.${key}`)}</dt>
                <dd data-testid={`import-count-${key}`}>{run[key].toLocaleString()}</dd>
              </div>
            ))}
          </dl>
        )}
        {run.rejections.length > 0 && (
          <DataTable<Run['rejections'][number]>
            caption={t('staffImport.rejectedRows')}
            rows={run.rejections}
            rowKey={(r) => String(r.rowNumber)}
            columns={[
              { key: 'row', header: t('staffImport.row'), cell: (r) => r.rowNumber },
              { key: 'reason', header: t('staffImport.reason'), cell: (r) => r.reason },
              { key: 'name', header: nameHeader ?? t('staffImport.name'), cell: (r) => r.name ?? '—' },
            ]}
          />
        )}
      </Stack>
    </div>
  );
}
