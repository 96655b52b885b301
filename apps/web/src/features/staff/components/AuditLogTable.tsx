import type { StaffDeskQuery } from '@tsunagu/shared/graphql-client';
import { DataTable } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';

type AuditEntry = StaffDeskQuery['auditLog'][number] & { key: string };

/** What staff did lately, newest first. */
export function AuditLogTable({ entries }: { entries: StaffDeskQuery['auditLog'] }) {
  const { t } = useTranslation();
  return (
    <DataTable<AuditEntry>
      caption={t('staff.audit')}
      hideCaption
      testId="audit-log"
      rows={entries.map((e, i) => ({ ...e, key: String(i) }))}
      rowKey={(e) => e.key}
      columns={[
        { key: 'at', header: t('staffImport.when'), cell: (e) => new Date(e.at).toLocaleString('ja-JP') },
        { key: 'action', header: t('staff.action'), cell: (e) => e.action },
        {
          key: 'target',
          header: t('staff.target'),
          cell: (e) => `${e.targetType} ${e.detail !== '{}' ? e.detail : ''}`,
        },
      ]}
    />
  );
}
