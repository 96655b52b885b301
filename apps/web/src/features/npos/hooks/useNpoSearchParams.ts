import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { HelperKind, NpoSort } from '@tsunagu/shared/graphql-client';

export interface NpoSearchState {
  q: string;
  wards: string[];
  fields: number[];
  certifiedOnly: boolean;
  sort: NpoSort;
  /** how many results are shown: 10, then 10 more for each tap on 「もっと見る」 */
  show: number;
  /** the kinds of helper asked for on /helpers (none: every kind); /npos never sets it */
  kinds: HelperKind[];
}

export const HELPER_KINDS: readonly HelperKind[] = ['NPO', 'COMPANY', 'UNIVERSITY', 'OTHER'];

export const SORTS: readonly NpoSort[] = ['RELEVANCE', 'NAME_KANA', 'ESTABLISHED_DESC'];
export const SHOW_STEP = 10;
/** the API's largest page: beyond it, narrowing the search is the way on */
export const SHOW_MAX = 100;

function shownOf(raw: string | null): number {
  const n = Number(raw ?? SHOW_STEP);
  return Number.isInteger(n) && n >= SHOW_STEP ? Math.min(SHOW_MAX, n - (n % SHOW_STEP)) : SHOW_STEP;
}

/**
 * The whole search lives in the address (?q=…&ward=…&field=…&certified=1&sort=…&show=…&kind=…), so a
 * search can be bookmarked, shared and undone with the back button.
 */
export function useNpoSearchParams(): [NpoSearchState, (change: Partial<NpoSearchState>) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo<NpoSearchState>(() => {
    const sort = params.get('sort') as NpoSort | null;
    return {
      q: params.get('q') ?? '',
      wards: params.getAll('ward'),
      fields: params
        .getAll('field')
        .map(Number)
        .filter((f) => Number.isInteger(f) && f >= 1 && f <= 20),
      certifiedOnly: params.get('certified') === '1',
      sort: sort && SORTS.includes(sort) ? sort : 'RELEVANCE',
      show: shownOf(params.get('show')),
      kinds: HELPER_KINDS.filter((k) => params.getAll('kind').includes(k)),
    };
  }, [params]);

  const update = useCallback(
    (change: Partial<NpoSearchState>) => {
      // Any other change starts again from the first ten.
      const next = { ...state, ...change, show: change.show ?? SHOW_STEP };
      const out = new URLSearchParams();
      if (next.q) out.set('q', next.q);
      for (const ward of next.wards) out.append('ward', ward);
      for (const field of next.fields) out.append('field', String(field));
      if (next.certifiedOnly) out.set('certified', '1');
      if (next.sort !== 'RELEVANCE') out.set('sort', next.sort);
      if (next.show > SHOW_STEP) out.set('show', String(next.show));
      for (const kind of next.kinds) out.append('kind', kind);
      setParams(out);
    },
    [state, setParams],
  );
  return [state, update];
}
