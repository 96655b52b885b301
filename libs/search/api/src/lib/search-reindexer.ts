import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SearchEngineService } from './search-engine.service';
import { SearchIndexRegistry } from './search-index.registry';
import { indexLockKey } from './search-outbox';
import { SearchOutboxRepository } from './search-outbox.repository';
import { SearchOutboxWorker, throwTask } from './search-outbox.worker';

/**
 * Rebuilds an index from PostgreSQL into a fresh index and swaps it in atomically, so search
 * never sees an empty or half-built index. While it runs, the outbox worker leaves this index
 * alone (advisory lock); changes committed meanwhile stay in the outbox and are applied to the
 * new index right after the swap.
 */
@Injectable()
export class SearchReindexer {
  private readonly logger = new Logger(SearchReindexer.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: SearchEngineService,
    private readonly registry: SearchIndexRegistry,
    private readonly worker: SearchOutboxWorker,
    private readonly outbox: SearchOutboxRepository,
  ) {}

  async rebuild(baseName: string, onProgress?: (documents: number) => void): Promise<number> {
    const definition = this.registry.get(baseName);
    if (!definition) throw new Error(`no search index "${baseName}" is registered`);
    const live = this.engine.indexUid(baseName);
    const fresh = `${live}_rebuild_${Date.now()}`;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await this.outbox.lockIndex(runner.manager, indexLockKey(baseName));
      await this.worker.ensureIndex(baseName, fresh);
      const index = this.engine.client.index(fresh);
      let count = 0;
      for await (const batch of definition.loadAllDocuments(5_000)) {
        throwTask(await index.addDocuments(batch).waitTask({ timeout: 300_000 }));
        count += batch.length;
        onProgress?.(count);
      }
      // The live index may be gone (dropped by hand, a wiped Meilisearch): make sure it exists.
      await this.worker.ensureIndex(baseName, live, true);
      throwTask(await this.engine.client.swapIndexes([{ indexes: [live, fresh], rename: false }]).waitTask());
      throwTask(await this.engine.client.deleteIndex(fresh).waitTask());
      this.logger.log(`rebuilt search index ${live} with ${count} documents`);
      return count;
    } catch (error) {
      await this.engine.client
        .deleteIndex(fresh)
        .waitTask()
        .catch(() => undefined);
      throw error;
    } finally {
      await this.outbox.unlockIndex(runner.manager, indexLockKey(baseName)).catch(() => undefined);
      await runner.release();
      // What waited in the outbox for the new index goes in now.
      this.worker.nudge();
    }
  }
}
