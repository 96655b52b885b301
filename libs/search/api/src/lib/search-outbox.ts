import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { requestJobAfterCommit } from '@tsunagu/shared/api-core';
import { SearchIndexRegistry } from './search-index.registry';
import { SearchOutboxRepository } from './search-outbox.repository';

/** The job that applies the outbox to Meilisearch. */
export const SEARCH_SYNC_JOB = 'search-sync';

/**
 * Records, in the caller's transaction, that these documents changed. The row commits or rolls
 * back with the change itself, so the index can never miss a committed change (transactional
 * outbox); the worker applies it to Meilisearch later, even after a crash or an outage.
 */
export async function enqueueSearchUpdates(
  manager: EntityManager,
  baseName: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  await SearchOutboxRepository.insert(manager, baseName, ids);
  // The sync job looks at once after the commit (not before: it would not see the rows yet).
  requestJobAfterCommit(manager, SEARCH_SYNC_JOB);
}

/**
 * For a change in one domain that decides what another domain's index may show (a group refused
 * or approved again: its needs). Each index that depends on such rows says which of its
 * documents follow them; those are queued in the same transaction as the change, so the index
 * cannot keep showing what the record no longer allows.
 */
@Injectable()
export class SearchOutbox {
  constructor(private readonly registry: SearchIndexRegistry) {}

  async enqueueDependents(manager: EntityManager, source: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    for (const definition of this.registry.all()) {
      if (!definition.dependentIds) continue;
      await enqueueSearchUpdates(manager, definition.baseName, await definition.dependentIds(manager, source, ids));
    }
  }
}

/** The advisory-lock key that serialises writes to one index (worker batches vs. a rebuild). */
export function indexLockKey(baseName: string): number {
  let hash = 0x5eac;
  for (const char of `search-index:${baseName}`) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}
