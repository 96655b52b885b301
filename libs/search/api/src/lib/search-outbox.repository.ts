import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface SearchOutboxRow {
  readonly id: string;
  readonly index_name: string;
  readonly document_id: string;
}

/**
 * The search_outbox table (documents whose index entry is out of date) and the advisory locks
 * that keep the outbox worker and a rebuild of the same index apart.
 */
@Injectable()
export class SearchOutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Static: other domains queue rows through the free `enqueueSearchUpdates`, in their transaction. */
  static async insert(manager: EntityManager, baseName: string, ids: readonly string[]): Promise<void> {
    await manager.query(`INSERT INTO search_outbox (index_name, document_id) SELECT $1, unnest($2::text[])`, [
      baseName,
      ids,
    ]);
  }

  async count(): Promise<number> {
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM search_outbox`);
    return count as number;
  }

  /** The oldest rows, locked for this transaction; rows another worker holds are skipped. */
  lockBatch(manager: EntityManager, limit: number): Promise<SearchOutboxRow[]> {
    return manager.query(
      `SELECT id, index_name, document_id FROM search_outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  async delete(manager: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await manager.query(`DELETE FROM search_outbox WHERE id = ANY($1::bigint[])`, [ids]);
  }

  /** The index's lock for the rest of this transaction, unless a rebuild holds it. */
  async tryLockIndexForTransaction(manager: EntityManager, key: number): Promise<boolean> {
    const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [key]);
    return locked as boolean;
  }

  /** The index's lock for this connection's session (a rebuild), waiting for a batch to end. */
  async lockIndex(manager: EntityManager, key: number): Promise<void> {
    await manager.query(`SELECT pg_advisory_lock($1)`, [key]);
  }

  async unlockIndex(manager: EntityManager, key: number): Promise<void> {
    await manager.query(`SELECT pg_advisory_unlock($1)`, [key]);
  }
}
