import { useQuery } from '@apollo/client/react';
import { type IntroductionRequestStatus, OutreachQueueDocument } from '@tsunagu/shared/graphql-client';
import { ChoiceGroup, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { TryAgainNotice } from '../../../../app/TryAgainNotice';
import { useRefreshQueue } from '../../hooks/useRefreshQueue';
import { QueueItemCard } from './QueueItemCard';

// 「いま待っている」 asks for the server's default (WAITING and FORWARDED).
const FILTERS = ['open', 'ANSWERED', 'NO_REPLY'] as const;
type Filter = (typeof FILTERS)[number];

const asFilter = (value: string | null): Filter =>
  (FILTERS as readonly string[]).includes(value ?? '') ? (value as Filter) : 'open';

/** 「おつなぎを待っている団体」: the queue by NPO, oldest first, filtered by where the requests are. */
export function QueueSection() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = asFilter(params.get('status'));
  const status: IntroductionRequestStatus | null = filter === 'open' ? null : filter;
  const { data, loading, error } = useQuery(OutreachQueueDocument, {
    variables: { status },
    fetchPolicy: 'cache-and-network',
  });
  const refresh = useRefreshQueue();
  const items = data?.introductionRequests ?? [];
  const choose = (next: Filter) => {
    const updated = new URLSearchParams(params);
    if (next === 'open') updated.delete('status');
    else updated.set('status', next);
    setParams(updated, { replace: true, preventScrollReset: true });
  };
  return (
    <Stack gap="md">
      <ChoiceGroup<Filter>
        type="radio"
        name="outreach-filter"
        legend={t('outreach.queue.filter')}
        options={FILTERS.map((f) => ({
          value: f,
          label: t(`outreach.queue.filterOption.${f}`),
          testId: `filter-${f}`,
        }))}
        value={filter}
        onChange={choose}
      />
      <TryAgainNotice error={error} />
      <p role="status" aria-live="polite" data-testid="outreach-queue-count">
        {loading && !data
          ? t('outreach.loading')
          : !data
            ? ''
            : items.length === 0
              ? t(`outreach.queue.empty.${filter}`)
              : t(`outreach.queue.count.${filter}`, { count: items.length })}
      </p>
      <ul className="plain-list outreach-queue" data-testid="outreach-queue">
        {items.map((item) => (
          <li key={item.npo.id}>
            <QueueItemCard item={item} onChanged={refresh} />
          </li>
        ))}
      </ul>
    </Stack>
  );
}
