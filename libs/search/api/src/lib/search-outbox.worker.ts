import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Task } from 'meilisearch';
import { DataSource } from 'typeorm';
import { SearchEngineService } from './search-engine.service';
import { SearchIndexRegistry } from './search-index.registry';
import { indexLockKey } from './search-outbox';

// Meilisearch indexes large batches much faster than many small ones (60k NPOs: 2,000 per task
// 25 s, 5,000 per task 15 s on the 2-core machines).
const BATCH = 5_000;
const MAX_BACKOFF_MS = 30_000;

/**
 * Applies the search outbox to Meilisearch: loads the changed documents from PostgreSQL, sends
 * them, waits until Meilisearch has indexed them, and only then deletes the outbox rows. When
 * Meilisearch is down the rows stay and the worker retries with back-off, so the index catches
 * up on its own when it returns.
 */
@Injectable()
export class SearchOutboxWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(SearchOutboxWorker.name);
  private running = false;
  private timer: NodeJS.Timeout | undefined;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  private readonly settingsApplied = new Set<string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: SearchEngineService,
    private readonly registry: SearchIndexRegistry,
  ) {}

  onApplicationBootstrap(): void {
    // The schema printer builds the app without a database: nothing to do then.
    if (!this.dataSource.isInitialized) return;
    this.running = true;
    this.loop = this.run();
  }

  // Before the database connections close (TypeORM closes them in onApplicationShutdown).
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** Call after committing a change so it reaches the index without waiting for the next poll. */
  nudge(): void {
    this.wake?.();
  }

  /**
   * Processes the outbox until it is empty (for the CLI and tests: "searchable when this
   * returns"). Throws when Meilisearch stays unreachable past the deadline.
   */
  async drain(timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const processed = await this.processBatch();
      if (processed === 0 && (await this.pending()) === 0) return;
      if (Date.now() > deadline) throw new Error('the search index did not catch up in time');
      if (processed === 0) await new Promise((r) => setTimeout(r, 200));
    }
  }

  async pending(): Promise<number> {
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM search_outbox`);
    return count as number;
  }

  /** Makes sure each registered index exists with its settings (idempotent). */
  async ensureIndex(baseName: string, uid = this.engine.indexUid(baseName), recheck = false): Promise<void> {
    const definition = this.registry.get(baseName);
    if (!definition) throw new Error(`no search index "${baseName}" is registered`);
    const key = uid;
    if (this.settingsApplied.has(key) && !recheck) return;
    const created = await this.engine.client.createIndex(uid, { primaryKey: 'id' }).waitTask();
    if (created.status === 'failed' && created.error?.code !== 'index_already_exists') throwTask(created);
    throwTask(await this.engine.client.index(uid).updateSettings(definition.settings).waitTask({ timeout: 60_000 }));
    this.settingsApplied.add(key);
  }

  private async run(): Promise<void> {
    let backoff = 500;
    while (this.running) {
      let processed = 0;
      try {
        processed = await this.processBatch();
        backoff = 500;
      } catch (error) {
        this.settingsApplied.clear(); // Meilisearch may have come back empty
        this.logger.warn(`search index update postponed (${(error as Error).message}); retrying in ${backoff} ms`);
        await this.sleep(backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
        continue;
      }
      if (processed === 0) await this.sleep(1_000);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(this.timer);
        resolve();
      };
    });
  }

  /** One batch in one transaction; returns how many outbox rows it applied. */
  private async processBatch(): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      for (const definition of this.registry.all()) await this.ensureIndex(definition.baseName);
      await runner.startTransaction();
      const rows: Array<{ id: string; index_name: string; document_id: string }> = await runner.query(
        `SELECT id, index_name, document_id FROM search_outbox ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      const done: string[] = [];
      const byIndex = new Map<string, typeof rows>();
      for (const row of rows) byIndex.set(row.index_name, [...(byIndex.get(row.index_name) ?? []), row]);
      for (const [baseName, entries] of byIndex) {
        const definition = this.registry.get(baseName);
        if (!definition) continue;
        // A rebuild holds this lock; its swap will include these changes' base state, and
        // the rows wait for the new index.
        const [{ locked }] = await runner.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [
          indexLockKey(baseName),
        ]);
        if (!locked) continue;
        await this.ensureIndex(baseName);
        const ids = [...new Set(entries.map((e) => e.document_id))];
        const documents = await definition.loadDocuments(ids);
        const index = this.engine.client.index(this.engine.indexUid(baseName));
        if (documents.length > 0) throwTask(await index.addDocuments(documents).waitTask({ timeout: 120_000 }));
        const found = new Set(documents.map((d) => d.id));
        const gone = ids.filter((id) => !found.has(id));
        if (gone.length > 0) throwTask(await index.deleteDocuments(gone).waitTask({ timeout: 60_000 }));
        done.push(...entries.map((e) => e.id));
      }
      if (done.length > 0) await runner.query(`DELETE FROM search_outbox WHERE id = ANY($1::bigint[])`, [done]);
      await runner.commitTransaction();
      return done.length;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }
}

export function throwTask(task: Task): void {
  if (task.status === 'failed')
    throw new Error(`Meilisearch task ${task.uid} failed: ${task.error?.message ?? 'unknown'}`);
}
