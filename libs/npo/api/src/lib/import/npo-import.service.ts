import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { stat } from 'node:fs/promises';
import { DataSource, type Repository } from 'typeorm';
import { OpenDataFormatError, type ParsedNpo, readOpenDataFile } from '@tsunagu/npo/open-data';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import { NpoImportRunEntity, type StoredRejection } from '../entities/npo-import-run.entity';
import { fileSha256 } from './file-sha256';
import { NPO_IMPORT_LOCK } from './import-locks';
import { NpoBatchWriter } from './npo-batch.writer';
import type { ImportNposRequest, ImportNposSummary, ImportProgressListener } from './npo-import.types';

const BATCH_SIZE = 1_000;
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
    @InjectRepository(NpoImportRunEntity) private readonly runs: Repository<NpoImportRunEntity>,
    private readonly searchWorker: SearchOutboxWorker,
  ) {}

  /** A run left RUNNING by a process that died was rolled back by PostgreSQL: say so. */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.dataSource.isInitialized) return;
    await this.dataSource.transaction(async (manager) => {
      const [{ free }] = await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS free`, [NPO_IMPORT_LOCK]);
      if (!free) return; // an import is running right now (e.g. from the CLI)
      await manager.query(
        `UPDATE npo_import_run SET status = 'FAILED', finished_at = now(),
           message = '取り込みの途中で処理が止まりました。データは取り込み前のままです。もう一度取り込んでください。'
         WHERE status = 'RUNNING'`,
      );
    });
  }

  /** Records the run (RUNNING) and returns it; `run()` then does the work. */
  async start(request: ImportNposRequest): Promise<NpoImportRunEntity> {
    const { size } = await stat(request.filePath);
    return this.runs.save(
      this.runs.create({
        status: 'RUNNING',
        source: request.source,
        startedBy: request.startedBy,
        fileName: request.fileName,
        fileBytes: size,
        fileSha256: await fileSha256(request.filePath),
      }),
    );
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
    try {
      await runner.startTransaction();
      const [{ locked }] = await runner.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [NPO_IMPORT_LOCK]);
      if (!locked) throw new ImportAlreadyRunningError();
      const writer = new NpoBatchWriter(runner, runId);
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
      await runner.manager.update(NpoImportRunEntity, runId, {
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
      });
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
      await runner.release();
    }
  }

  async listRuns(limit: number): Promise<NpoImportRunEntity[]> {
    return this.runs.find({ order: { startedAt: 'DESC' }, take: Math.min(Math.max(limit, 1), 100) });
  }

  async findRun(id: string): Promise<NpoImportRunEntity | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    return this.runs.findOne({ where: { id } });
  }
}
