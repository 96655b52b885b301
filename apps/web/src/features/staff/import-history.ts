import type { ApolloCache, Reference } from '@apollo/client';

/**
 * Puts a finished import at the top of the cached import history of its dataset (the run is
 * already in the cache by id): a list of helpers goes to the lists' history only, an open-data
 * file to the open data's only.
 */
export function addToHistory(
  cache: ApolloCache,
  runId: string,
  dataset: 'NPO_OPEN_DATA' | 'HELPER_LIST' = 'NPO_OPEN_DATA',
): void {
  const id = cache.identify({ __typename: 'NpoImportRun', id: runId });
  if (!id) return;
  cache.modify<{ npoImportRuns: readonly Reference[] }>({
    fields: {
      npoImportRuns: (existing, { toReference, readField, storeFieldName }) => {
        if (storeFieldName.includes('HELPER_LIST') !== (dataset === 'HELPER_LIST')) return existing;
        const ref = toReference(id);
        if (!ref) return existing;
        return [ref, ...existing.filter((r) => readField('id', r) !== runId)];
      },
    },
  });
}
