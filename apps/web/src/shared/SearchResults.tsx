import { Button, Notice, Stack } from '@tsunagu/shared/ui';
import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface SearchResultsProps<T> {
  /** The id of the results' heading, which names the section. */
  headingId: string;
  /** The heading, so that 検索 can move the screen and the focus to it (see useResultsFocus). */
  headingRef?: RefObject<HTMLHeadingElement | null>;
  loading: boolean;
  countTestId: string;
  /** How many were found, in words (the heading); undefined while the first answer is awaited. */
  count: string | undefined;
  /** Search is down and nothing shown can answer: say so, with a retry. */
  unavailable: boolean;
  onRetry: () => void;
  total: number | undefined;
  /** What to show when nothing was found: the next steps (see NoResults). */
  empty: ReactNode;
  /** Between the heading and the list: e.g. the filters in use, each removable. */
  beforeList?: ReactNode;
  hits: readonly T[] | undefined;
  keyOf: (hit: T) => string;
  children: (hit: T) => ReactNode;
  /** Under the list: more results, or the way to the other pages. */
  pagination?: ReactNode;
}

/** The results part of a search page (NPOs, needs): how many, the list, or what to do if none. */
export function SearchResults<T>(props: SearchResultsProps<T>) {
  const { t } = useTranslation();
  const { headingId, headingRef, unavailable, hits, total, loading, count, countTestId } = props;
  const { onRetry, beforeList, empty, keyOf, children, pagination } = props;
  const announced = useAnnouncement(total, loading);
  return (
    <section className="search-results" aria-labelledby={headingId} aria-busy={loading}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="search-results__heading" data-testid={countTestId}>
        {unavailable ? t('search.results') : (count ?? t('search.searching'))}
      </h2>
      {/* Spoken after each new answer (a tap on 検索 or on a filter), not when the page opens. */}
      <p className="ui-visually-hidden" aria-live="polite" data-testid="search-announcement">
        {announced}
      </p>
      {unavailable && (
        <Notice tone="warning" title={t('search.unavailableTitle')}>
          <Stack gap="sm">
            <p>{t('search.unavailableBody')}</p>
            <div>
              {/* A retry asks the server again: search was down, nothing in the cache can answer. */}
              <Button variant="secondary" onClick={onRetry}>
                {t('search.retry')}
              </Button>
            </div>
          </Stack>
        </Notice>
      )}
      {!unavailable && beforeList}
      {total === 0 && !unavailable && empty}
      {hits && hits.length > 0 && (
        <ul className="npo-results" role="list">
          {hits.map((hit) => (
            <li key={keyOf(hit)}>{children(hit)}</li>
          ))}
        </ul>
      )}
      {pagination}
    </section>
  );
}

/** 「12件 見つかりました」 each time an answer comes after the first one. */
function useAnnouncement(total: number | undefined, loading: boolean): string {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const firstSeen = useRef(false);
  useEffect(() => {
    if (loading || total === undefined) return;
    if (!firstSeen.current) {
      firstSeen.current = true;
      return;
    }
    setText(t('search.found', { count: total }));
  }, [loading, total, t]);
  return text;
}
