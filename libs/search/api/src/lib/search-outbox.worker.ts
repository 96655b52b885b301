import { type BeforeApplicationShutdown, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Task } from 'meilisearch';
import { DataSource } from 'typeorm';
import { JobQueue, installJobsAfterCommit } from '@tsunagu/shared/api-core';
import { SearchEngineService } from './search-engine.service';
import { SearchIndexRegistry } from './search-index.registry';
import { SEARCH_SYNC_JOB, indexLockKey } from './search-outbox';
import { SearchOutboxRepository } from './search-outbox.repository';

// Meilisearch indexes large batches much faster than many small ones (60k NPOs: 2,000 per task
// 25 s, 5,000 per task 15 s on the 2-core machines).
const BATCH = 5_000;
const FIRST_BACKOFF_SECONDS = 1;
const MAX_BACKOFF_SECONDS = 30;

/**
 * Applies the search outbox to Meilisearch: loads the changed documents from PostgreSQL, sends
 * them, waits until Meilisearch has indexed them, and only then deletes the outbox rows. It runs
 * as the `search-sync` job: woken after each commit that wrote outbox rows, at start-up, and every
 * minute as the safety net. When Meilisearch is down the rows stay and the job sends itself again
 * with back-off, so the index catches up on its own when it returns.
 */
@Injectable()
export class SearchOutboxWorker implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(SearchOutboxWorker.name);
  private readonly settingsApplied = new Set<string>();
  private backoffSeconds = FIRST_BACKOFF_SECONDS;
  private stopped = false;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: SearchEngineService,
    private readonly registry: SearchIndexRegistry,
    private readonly outbox: SearchOutboxRepository,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    installJobsAfterCommit(this.dataSource, this.jobs);
    this.jobs.define({
      name: SEARCH_SYNC_JOB,
      // 'short': at most one job waits, however many commits woke it; a dead worker's active
      // job does not hold the next one back (batches lock their rows: two at once are safe).
      policy: 'short',
      pollingIntervalSeconds: 0.5,
      retryLimit: 0,
      // A first indexing of 60k NPOs takes minutes; a dead worker's rows are taken up by the
      // next run anyway (they are locked only by its transaction, gone with its connection).
      expireInSeconds: 15 * 60,
      schedule: '* * * * *',
      handle: async () => {
        if (this.stopped) return;
        this.running = this.sync();
        await this.running;
      },
      // Rows left by a process that stopped are applied as soon as this one starts.
      onWorkersStart: () => this.requestSync(),
    });
  }

  /**
   * Stops applying the outbox in the background (before the connections close at shutdown; a
   * test that holds changes back); `drain` still works.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  /** Call after committing a change so it reaches the index without waiting for the schedule. */
  nudge(): void {
    void this.requestSync();
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
    return this.outbox.count();
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

  private async requestSync(startAfterSeconds?: number): Promise<void> {
    if (this.stopped || !this.dataSource.isInitialized || !this.jobs.workers) return;
    await this.jobs
      .send(SEARCH_SYNC_JOB, {}, startAfterSeconds ? { startAfterSeconds } : {})
      .catch((error: unknown) => this.logger.warn(`search sync not queued: ${(error as Error).message}`));
  }

  /** One run of the job: batches until the outbox is empty (what other workers hold is theirs). */
  private async sync(): Promise<void> {
    try {
      while ((await this.processBatch()) > 0);
      this.backoffSeconds = FIRST_BACKOFF_SECONDS;
      // Rows a rebuild (or another process) holds: look again shortly, as the old poll did.
      if ((await this.pending()) > 0) await this.requestSync(1);
    } catch (error) {
      this.settingsApplied.clear(); // Meilisearch may have come back empty
      const wait = this.backoffSeconds;
      this.backoffSeconds = Math.min(wait * 2, MAX_BACKOFF_SECONDS);
      this.logger.warn(`search index update postponed (${(error as Error).message}); retrying in ${wait} s`);
      await this.requestSync(wait);
    }
  }

  /** One batch in one transaction; returns how many outbox rows it applied. */
  private async processBatch(): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      for (const definition of this.registry.all()) await this.ensureIndex(definition.baseName);
      await runner.startTransaction();
      const rows = await this.outbox.lockBatch(runner.manager, BATCH);
      const done: string[] = [];
      const byIndex = new Map<string, typeof rows>();
      for (const row of rows) byIndex.set(row.index_name, [...(byIndex.get(row.index_name) ?? []), row]);
      for (const [baseName, entries] of byIndex) {
        const definition = this.registry.get(baseName);
        if (!definition) continue;
        // A rebuild holds this lock; its swap will include these changes' base state, and
        // the rows wait for the new index.
        if (!(await this.outbox.tryLockIndexForTransaction(runner.manager, indexLockKey(baseName)))) continue;
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
      await this.outbox.delete(runner.manager, done);
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
