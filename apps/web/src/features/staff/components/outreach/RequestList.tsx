import type { OutreachRequestFieldsFragment } from '@tsunagu/shared/graphql-client';
import { Tag } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../../../../shared/format-date';
import { DeclineRequest } from './DeclineRequest';
import { ShortList } from './ShortList';

const OPEN = new Set(['WAITING', 'FORWARDED']);

export interface RequestListProps {
  requests: readonly OutreachRequestFieldsFragment[];
  onChanged: () => void;
}

/** The groups that wait for one NPO: their need, who and where, since when, and the status they read. */
export function RequestList({ requests, onChanged }: RequestListProps) {
  const { t } = useTranslation();
  return (
    <ShortList
      items={requests}
      itemKey={(r) => r.id}
      visible={2}
      moreLabel={(count) => t('outreach.queue.moreRequests', { count })}
      className="outreach-requests"
      render={(r) => <RequestItem request={r} onChanged={onChanged} />}
    />
  );
}

function RequestItem({ request: r, onChanged }: { request: OutreachRequestFieldsFragment; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="outreach-request" data-testid="outreach-request">
      <p className="outreach-line">
        <Link to={`/needs/${r.needId}`}>{r.needTitle}</Link>
        <br />
        {t('outreach.queue.byGroup', { group: r.groupName, ward: r.groupWard })}
        {t('outreach.and')}
        {t('outreach.queue.requestedOn', { day: formatDay(r.requestedAt, i18n.resolvedLanguage) })}{' '}
        <Tag tone={r.status === 'ANSWERED' ? 'success' : 'neutral'}>{r.statusLabel}</Tag>
        {r.closeNote && (
          <>
            <br />
            {t('outreach.queue.closeNote', { note: r.closeNote })}
          </>
        )}
      </p>
      {OPEN.has(r.status) && (
        <DeclineRequest requestId={r.id} what={`${r.groupName}「${r.needTitle}」`} onChanged={onChanged} />
      )}
    </div>
  );
}
