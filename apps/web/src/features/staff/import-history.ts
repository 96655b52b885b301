import type { ApolloCache, Reference } from '@apollo/client';

/** Puts a finished import at the top of the cached import history (the run is already in the cache by id). */
export function addToHistory(cache: ApolloCache, runId: string): void {
  const id = cache.identify({ __typename: 'NpoImportRun', id: runId });
  if (!id) return;
  cache.modify<{ npoImportRuns: readonly Reference[] }>({
    fields: {
      npoImportRuns: (existing, { toReference, readField }) => {
        const ref = toReference(id);
        if (!ref) return existing;
        return [ref, ...existing.filter((r) => readField('id', r) !== runId)];
      },
    },
  });
}
