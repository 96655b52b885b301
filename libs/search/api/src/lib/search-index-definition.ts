import type { Settings } from 'meilisearch';
import type { EntityManager } from 'typeorm';

export type SearchDocument = Record<string, unknown> & { id: string };

/**
 * What a domain module tells the search layer about one of its indexes. PostgreSQL is the
 * record: documents are always built from it, so the index can be rebuilt at any time.
 */
export interface SearchIndexDefinition {
  /** base name, e.g. 'npos'; the index uid is the configured prefix + this */
  readonly baseName: string;
  readonly settings: Settings;
  /** documents for these ids; an id with no document is deleted from the index */
  loadDocuments(ids: readonly string[]): Promise<SearchDocument[]>;
  /** every document, in batches, for a full rebuild */
  loadAllDocuments(batchSize: number): AsyncIterable<SearchDocument[]>;
  /**
   * The documents whose visibility follows these rows of another domain (the needs of a group
   * whose status changed), read in the caller's transaction. `source` names the rows' kind, as
   * the owning domain exports it.
   */
  dependentIds?(manager: EntityManager, source: string, ids: readonly string[]): Promise<string[]>;
}
