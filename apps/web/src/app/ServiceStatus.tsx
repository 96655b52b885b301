import { useQuery } from '@apollo/client/react';
import { HealthDocument, type HealthQuery } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';

type Status = 'checking' | 'ok' | 'searchDown' | 'down' | 'unknown';

const TONE: Record<Status, 'neutral' | 'ok' | 'warning' | 'error'> = {
  checking: 'neutral',
  ok: 'ok',
  searchDown: 'warning',
  down: 'error',
  unknown: 'neutral',
};

function statusOf(loading: boolean, health: HealthQuery['health'] | undefined): Status {
  if (loading) return 'checking';
  // An unreachable API is reported, not thrown: the rest of the page keeps working.
  if (!health) return 'unknown';
  if (health.postgres !== 'up') return 'down';
  if (health.meilisearch !== 'up') return 'searchDown';
  return 'ok';
}

/** One line in the footer telling whether the service works, and what does not. */
export function ServiceStatus() {
  const { t } = useTranslation();
  const { data, loading } = useQuery(HealthDocument);
  const status = statusOf(loading, data?.health);
  return (
    <p className="service-status" data-testid="service-status" data-status={status}>
      <span className={`service-status__mark service-status__mark--${TONE[status]}`} aria-hidden="true" />
      {t(`status.${status}`)}
    </p>
  );
}
