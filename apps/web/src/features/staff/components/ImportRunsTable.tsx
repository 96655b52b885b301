import type { NpoImportRunsQuery } from '@tsunagu/shared/graphql-client';
import { DataTable } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format-date';

type Run = NpoImportRunsQuery['npoImportRuns'][number];

/** The latest imports: when, which file, who, and what came of them. */
export function ImportRunsTable({
  runs,
  caption,
  testId = 'import-runs',
}: {
  runs: readonly Run[];
  caption?: string;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable<Run>
      caption={caption ?? t('staffImport.history')}
      hideCaption
      testId={testId}
      rows={runs}
      rowKey={(r) => r.id}
      columns={[
        { key: 'when', header: t('staffImport.when'), cell: (r) => formatDateTime(r.startedAt, i18n.resolvedLanguage) },
        { key: 'file', header: t('staffImport.file'), cell: (r) => r.fileName },
        { key: 'who', header: t('staffImport.who'), cell: (r) => r.startedBy },
        { key: 'result', header: t('staffImport.result'), cell: (r) => t(`staffImport.status.${r.status}`) },
        {
          key: 'summary',
          header: t('staffImport.summary'),
          cell: (r) =>
            t('staffImport.summaryLine', {
              inserted: r.inserted,
              updated: r.updated,
              unchanged: r.unchanged,
              rejected: r.rejected,
            }),
        },
      ]}
    />
  );
}
