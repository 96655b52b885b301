import type { NpoImportRunQuery } from '@tsunagu/shared/graphql-client';
import { Notice, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';

type Run = NonNullable<NpoImportRunQuery['npoImportRun']>;

/** The result of one import, in words a staff member reads at a glance. */
export function ImportRunReport({ run }: { run: Run }) {
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
            {(['inserted', 'updated', 'unchanged', 'rejected', 'markedNotInLatest'] as const).map((key) => (
              <div key={key}>
                <dt>{t(`staffImport.counts.${key}`)}</dt>
                <dd data-testid={`import-count-${key}`}>{run[key].toLocaleString()}</dd>
              </div>
            ))}
          </dl>
        )}
        {run.rejections.length > 0 && (
          <div className="table-scroll">
            <table className="data-table">
              <caption>{t('staffImport.rejectedRows')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('staffImport.row')}</th>
                  <th scope="col">{t('staffImport.reason')}</th>
                  <th scope="col">{t('staffImport.name')}</th>
                </tr>
              </thead>
              <tbody>
                {run.rejections.map((r) => (
                  <tr key={r.rowNumber}>
                    <td>{r.rowNumber}</td>
                    <td>{r.reason}</td>
                    <td>{r.name ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Stack>
    </div>
  );
}
