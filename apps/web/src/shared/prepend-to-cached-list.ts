import type { ApolloCache, Reference, TypedDocumentNode } from '@apollo/client';

/**
 * Puts what a mutation made at the top of a cached list (newest first, as the server lists
 * them), once: written through its fragment so the list shows it without a refetch. `only`
 * picks which of the field's cached lists (by their arguments) take it.
 */
export function prependToCachedList<T extends { id: string }>(
  cache: ApolloCache,
  field: string,
  fragment: TypedDocumentNode<T>,
  item: T | null | undefined,
  only: (storeFieldName: string) => boolean = () => true,
): void {
  if (!item) return;
  cache.modify<Record<string, readonly Reference[]>>({
    fields: {
      [field]: (existing: readonly Reference[], { readField, storeFieldName }) => {
        if (!only(storeFieldName)) return existing;
        const ref = cache.writeFragment({ fragment, data: item });
        if (!ref) return existing;
        return [ref, ...existing.filter((r) => readField('id', r) !== item.id)];
      },
    },
  });
}
