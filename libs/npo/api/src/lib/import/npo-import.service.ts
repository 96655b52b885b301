import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { stat } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { OpenDataFormatError, type ParsedNpo, readOpenDataFile } from '@tsunagu/npo/open-data';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import type { NpoImportRunEntity, StoredRejection } from '../entities/npo-import-run.entity';
import { fileSha256 } from './file-sha256';
import { NpoBatchWriteRepository } from './npo-batch-write.repository';
import { NpoImportRunRepository } from './npo-import-run.repository';
import type { ImportNposRequest, ImportNposSummary, ImportProgressListener } from './npo-import.types';

const BATCH_SIZE = 1_000;
/** How often a running import says it is alive, and after how long without a word it is dead. */
const HEARTBEAT_MS = 5_000;
const STALE_AFTER_SECONDS = 30;
/**
 * An import's session idle inside its transaction this long is ended by PostgreSQL, which
 * releases the lock: a hung importer cannot hold imports up forever. A live import is never idle
 * for more than the time it takes to read one batch of rows.
 */
const IDLE_IN_TRANSACTION_TIMEOUT = '30s';
const ABANDONED = '取り込みの途中で処理が止まりました。データは取り込み前のままです。もう一度取り込んでください。';
const MAX_STORED_REJECTIONS = 1_000;

export class ImportAlreadyRunningError extends Error {
  constructor() {
    super('別の取り込みが実行中です。終わってから、もう一度お試しください。');
  }
}

/**
 * Imports an open-data file as ONE transaction: a failure, a kill -9 or a bad file leaves the
 * NPOs exactly as they were. The run itself is recorded outside that transaction (RUNNING →
 * SUCCEEDED / REFUSED / FAILED) so staff see every attempt, including the ones that failed.
 */
@Injectable()
export class NpoImportService implements OnApplicationBootstrap {
  private readonly logger = new Logger(NpoImportService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly runs: NpoImportRunRepository,
    private readonly searchWorker: SearchOutboxWorker,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.dataSource.isInitialized) return;
    await this.failAbandonedRuns();
  }

  /**
   * A run left RUNNING by an importer that died (kill -9 of the CLI or the API) was rolled back
   * by PostgreSQL: say so. Dead means its heartbeat stopped AND nobody holds the import lock (a
   * live import holds it for its whole transaction). The lock is looked up in pg_locks rather
   * than tried, so that reading the runs never makes a starting import think another is running.
   * Called whenever runs are read or started, so staff see it without a restart.
   */
  failAbandonedRuns(): Promise<number> {
    return this.runs.failAbandoned(STALE_AFTER_SECONDS, ABANDONED);
  }

  /** Records the run (RUNNING) and returns it; `run()` then does the work. */
  async start(request: ImportNposRequest): Promise<NpoImportRunEntity> {
    await this.failAbandonedRuns();
    const { size } = await stat(request.filePath);
    return this.runs.create({
      status: 'RUNNING',
      source: request.source,
      startedBy: request.startedBy,
      fileName: request.fileName,
      fileBytes: size,
      fileSha256: await fileSha256(request.filePath),
    });
  }

  async importFile(request: ImportNposRequest, onProgress?: ImportProgressListener): Promise<ImportNposSummary> {
    const run = await this.start(request);
    return this.run(run.id, request.filePath, onProgress);
  }

  async run(runId: string, filePath: string, onProgress?: ImportProgressListener): Promise<ImportNposSummary> {
    const summary: ImportNposSummary = {
      importRunId: runId,
      status: 'FAILED',
      inserted: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      duplicates: 0,
      markedNotInLatest: 0,
      message: null,
    };
    const rejections: StoredRejection[] = [];
    let processedRows = 0;
    let lastProgressWrite = 0;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let heartbeat: NodeJS.Timeout | undefined;
    try {
      await runner.startTransaction();
      const pid = await this.runs.limitIdleInTransaction(runner, IDLE_IN_TRANSACTION_TIMEOUT);
      heartbeat = await this.beat(runId, pid);
      if (!(await this.runs.tryLock(runner))) throw new ImportAlreadyRunningError();
      const writer = new NpoBatchWriteRepository(runner, runId);
      await writer.prepare();
      const jurisdictions = new Set<string>();
      let batch: ParsedNpo[] = [];
      const flush = async () => {
        const counts = await writer.write(batch);
        summary.inserted += counts.inserted;
        summary.updated += counts.updated;
        summary.unchanged += counts.unchanged;
        summary.duplicates += counts.duplicates;
        batch = [];
      };
      for await (const row of readOpenDataFile(filePath, { onProgress })) {
        processedRows++;
        if (row.ok) {
          jurisdictions.add(row.npo.jurisdiction);
          batch.push(row.npo);
          if (batch.length >= BATCH_SIZE) await flush();
        } else {
          summary.rejected++;
          if (rejections.length < MAX_STORED_REJECTIONS) {
            rejections.push({ rowNumber: row.rowNumber, reason: row.reason, name: row.name });
          }
        }
        if (Date.now() - lastProgressWrite > 1_000) {
          lastProgressWrite = Date.now();
          // Outside the transaction, so staff watching the run see it move.
          await this.runs.update(runId, { processedRows });
        }
      }
      await flush();
      const { marked, partial } = await writer.markNotInLatest([...jurisdictions]);
      summary.markedNotInLatest = marked;
      if (partial.length > 0) {
        summary.message = `一部の団体だけのファイルとみなしました（${partial.join('、')}）。ファイルに載っていない団体はそのままです。`;
      }
      summary.status = 'SUCCEEDED';
      await this.runs.update(
        runId,
        {
          status: 'SUCCEEDED',
          finishedAt: new Date(),
          processedRows,
          inserted: summary.inserted,
          updated: summary.updated,
          unchanged: summary.unchanged,
          rejected: summary.rejected,
          markedNotInLatest: summary.markedNotInLatest,
          message: summary.message,
          rejections,
        },
        runner,
      );
      await runner.commitTransaction();
      this.searchWorker.nudge();
      this.logger.log(`import ${runId} done: ${JSON.stringify({ ...summary, message: undefined })}`);
      return summary;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      const refused = error instanceof OpenDataFormatError && error.beforeRows;
      const message =
        error instanceof OpenDataFormatError || error instanceof ImportAlreadyRunningError
          ? error.message
          : '取り込みに失敗しました。データは取り込み前のままです。時間をおいてもう一度お試しください。';
      if (!(error instanceof OpenDataFormatError)) this.logger.error(`import ${runId} failed`, (error as Error).stack);
      await this.runs.update(runId, {
        status: refused ? 'REFUSED' : 'FAILED',
        finishedAt: new Date(),
        processedRows,
        message,
        rejected: summary.rejected,
        rejections,
      });
      return {
        ...summary,
        inserted: 0,
        updated: 0,
        unchanged: 0,
        duplicates: 0,
        markedNotInLatest: 0,
        status: refused ? 'REFUSED' : 'FAILED',
        message,
      };
    } finally {
      clearInterval(heartbeat);
      await runner.release();
    }
  }

  /**
   * Renews the run's heartbeat every few seconds, outside the import's transaction, and only
   * while the import's own database session is alive: a session PostgreSQL ended (idle timeout)
   * stops the heartbeat even if this process still runs. A timer, not a scheduled job: it lives
   * exactly as long as this one import.
   */
  private async beat(runId: string, pid: number): Promise<NodeJS.Timeout> {
    const renew = () =>
      this.runs
        .renewHeartbeat(runId, pid)
        .catch((error: unknown) => this.logger.warn(`import ${runId} heartbeat: ${(error as Error).message}`));
    await renew();
    const timer = setInterval(() => void renew(), HEARTBEAT_MS);
    timer.unref();
    return timer;
  }

  /** The runs of one dataset (the open data, or the lists of other helpers), newest first. */
  async listRuns(
    limit: number,
    dataset: NpoImportRunEntity['dataset'] = 'NPO_OPEN_DATA',
  ): Promise<NpoImportRunEntity[]> {
    await this.failAbandonedRuns();
    return this.runs.latest(Math.min(Math.max(limit, 1), 100), dataset);
  }

  async findRun(id: string): Promise<NpoImportRunEntity | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    await this.failAbandonedRuns();
    return this.runs.findById(id);
  }
}
