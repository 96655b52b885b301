import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { NpoSort } from '@tsunagu/shared/graphql-client';

export interface NpoSearchState {
  q: string;
  wards: string[];
  fields: number[];
  certifiedOnly: boolean;
  sort: NpoSort;
  page: number;
}

export const SORTS: readonly NpoSort[] = ['RELEVANCE', 'NAME_KANA', 'ESTABLISHED_DESC'];

/**
 * The whole search lives in the address (?q=…&ward=…&field=…&certified=1&sort=…&page=…), so a
 * search can be bookmarked, shared and undone with the back button.
 */
export function useNpoSearchParams(): [NpoSearchState, (change: Partial<NpoSearchState>) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo<NpoSearchState>(() => {
    const sort = params.get('sort') as NpoSort | null;
    const page = Number(params.get('page') ?? '1');
    return {
      q: params.get('q') ?? '',
      wards: params.getAll('ward'),
      fields: params
        .getAll('field')
        .map(Number)
        .filter((f) => Number.isInteger(f) && f >= 1 && f <= 20),
      certifiedOnly: params.get('certified') === '1',
      sort: sort && SORTS.includes(sort) ? sort : 'RELEVANCE',
      page: Number.isInteger(page) && page >= 1 ? page : 1,
    };
  }, [params]);

  const update = useCallback(
    (change: Partial<NpoSearchState>) => {
      // Any change other than the page starts again from the first page.
      const next = { ...state, ...change, page: change.page ?? 1 };
      const out = new URLSearchParams();
      if (next.q) out.set('q', next.q);
      for (const ward of next.wards) out.append('ward', ward);
      for (const field of next.fields) out.append('field', String(field));
      if (next.certifiedOnly) out.set('certified', '1');
      if (next.sort !== 'RELEVANCE') out.set('sort', next.sort);
      if (next.page > 1) out.set('page', String(next.page));
      setParams(out);
    },
    [state, setParams],
  );
  return [state, update];
}
