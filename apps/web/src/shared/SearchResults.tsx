import { Button, Notice, Stack } from '@tsunagu/shared/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface SearchResultsProps<T> {
  /** The id of the results' heading (read by screen readers only). */
  headingId: string;
  loading: boolean;
  countTestId: string;
  /** How many were found, in words; undefined while the first answer is awaited. */
  count: string | undefined;
  /** Search is down and nothing shown can answer: say so, with a retry. */
  unavailable: boolean;
  onRetry: () => void;
  total: number | undefined;
  emptyBody: string;
  hits: readonly T[] | undefined;
  keyOf: (hit: T) => string;
  children: (hit: T) => ReactNode;
  /** Under the list: the way to the other pages of results. */
  pagination?: ReactNode;
}

/** The results part of a search page (NPOs, needs): how many, the list, or why there is none. */
export function SearchResults<T>(props: SearchResultsProps<T>) {
  const { t } = useTranslation();
  const { headingId, unavailable, hits } = props;
  return (
    <section aria-labelledby={headingId} aria-busy={props.loading}>
      <h2 id={headingId} className="ui-visually-hidden">
        {t('npos.results')}
      </h2>
      <p className="npo-search__count" role="status" aria-live="polite" data-testid={props.countTestId}>
        {unavailable ? '' : (props.count ?? t('npos.searching'))}
      </p>
      {unavailable && (
        <Notice tone="warning" title={t('npos.unavailableTitle')}>
          <Stack gap="sm">
            <p>{t('npos.unavailableBody')}</p>
            <div>
              {/* A retry asks the server again: search was down, nothing in the cache can answer. */}
              <Button variant="secondary" onClick={props.onRetry}>
                {t('npos.retry')}
              </Button>
            </div>
          </Stack>
        </Notice>
      )}
      {props.total === 0 && !unavailable && <Notice title={t('npos.emptyTitle')}>{props.emptyBody}</Notice>}
      {hits && hits.length > 0 && (
        <ul className="npo-results" role="list">
          {hits.map((hit) => (
            <li key={props.keyOf(hit)}>{props.children(hit)}</li>
          ))}
        </ul>
      )}
      {props.pagination}
    </section>
  );
}
