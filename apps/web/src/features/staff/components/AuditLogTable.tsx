import type { StaffDeskQuery } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format-date';

type AuditEntry = StaffDeskQuery['auditLog'][number];

/** The stored detail as staff can read it: one "key: value" a line, not a JSON string. */
function detailLines(detail: string): string[] {
  try {
    const parsed = JSON.parse(detail) as Record<string, unknown>;
    return Object.entries(parsed).map(
      ([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`,
    );
  } catch {
    return [detail];
  }
}

/**
 * What staff did lately, newest first: one sentence each (who did what to what, in the UI
 * language), the raw record folded beneath it for staff who need the codes.
 */
export function AuditLogTable({ entries }: { entries: StaffDeskQuery['auditLog'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return (
    <ul className="plain-list audit-log" data-testid="audit-log" aria-label={t('staff.audit')}>
      {entries.map((e: AuditEntry, i) => (
        <li key={`${e.at}-${i}`} className="staff-item">
          <p className="npo-page__source">
            <time dateTime={e.at}>{formatDateTime(e.at, language)}</time>
          </p>
          <p>{e.summary}</p>
          <details>
            <summary>{t('staff.auditRaw')}</summary>
            <dl className="audit-log__raw">
              <dt>{t('staff.auditCode')}</dt>
              <dd>
                <code>{e.action}</code>
              </dd>
              {e.targetType && (
                <>
                  <dt>{t('staff.target')}</dt>
                  <dd>
                    <code>{[e.targetType, e.targetId].filter(Boolean).join(' ')}</code>
                  </dd>
                </>
              )}
              {e.detail !== '{}' && (
                <>
                  <dt>{t('staff.auditDetail')}</dt>
                  {detailLines(e.detail).map((line) => (
                    <dd key={line}>
                      <code>{line}</code>
                    </dd>
                  ))}
                </>
              )}
            </dl>
          </details>
        </li>
      ))}
    </ul>
  );
}
