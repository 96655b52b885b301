import { readFile, stat } from 'node:fs/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import type { NpoImportRunEntity, StoredRejection } from '../entities/npo-import-run.entity';
import { fileSha256 } from '../import/file-sha256';
import { NpoImportRunRepository } from '../import/npo-import-run.repository';
import { NpoImportService } from '../import/npo-import.service';
import type { ImportNposRequest } from '../import/npo-import.types';
import { HELPER_LIST_MAX_BYTES, HelperListFormatError, readHelperListFile } from './helper-list-file';
import { type ListHelper, readListRow } from './helper-list-row';
import { bilingual, helperListMessages } from './helper-list.messages';
import { HelperListRepository } from './helper-list.repository';

const HEARTBEAT_MS = 5_000;
/** As for the NPO import: a hung importer cannot hold the import lock forever. */
const IDLE_IN_TRANSACTION_TIMEOUT = '30s';
const MAX_STORED_REJECTIONS = 1_000;

export interface ImportHelpersSummary {
  importRunId: string;
  status: 'SUCCEEDED' | 'REFUSED' | 'FAILED';
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  message: string | null;
}

class AlreadyRunning extends Error {}

/**
 * Imports a list of companies and university groups, all or nothing: every row is checked first,
 * and one rejected row refuses the whole list (a list is short and the city fixes it and sends it
 * again); otherwise one transaction writes every row. Helpers missing from the list are kept: a
 * list is not the whole truth about who helps. Runs are recorded like the NPO import's
 * (npo_import_run, dataset HELPER_LIST) and hold the same lock: one import at a time.
 */
@Injectable()
export class HelperListImportService {
  private readonly logger = new Logger(HelperListImportService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly runs: NpoImportRunRepository,
    private readonly npoImports: NpoImportService,
    private readonly searchWorker: SearchOutboxWorker,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(request: ImportNposRequest): Promise<NpoImportRunEntity> {
    await this.npoImports.failAbandonedRuns();
    const { size } = await stat(request.filePath);
    return this.runs.create({
      status: 'RUNNING',
      dataset: 'HELPER_LIST',
      source: request.source,
      startedBy: request.startedBy,
      fileName: request.fileName,
      fileBytes: size,
      fileSha256: await fileSha256(request.filePath),
    });
  }

  async importFile(request: ImportNposRequest): Promise<ImportHelpersSummary> {
    const run = await this.start(request);
    return this.run(run.id, request.filePath);
  }

  async run(runId: string, filePath: string): Promise<ImportHelpersSummary> {
    const summary: ImportHelpersSummary = {
      importRunId: runId,
      status: 'FAILED',
      inserted: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      message: null,
    };
    let helpers: ListHelper[];
    let notes: string[];
    try {
      const checked = await this.check(filePath);
      if (checked.rejections.length > 0) {
        const message = [bilingual(helperListMessages.rowsRejected), ...checked.notes].join('\n');
        await this.runs.update(runId, {
          status: 'REFUSED',
          finishedAt: new Date(),
          processedRows: checked.processedRows,
          rejected: checked.rejections.length,
          rejections: checked.rejections.slice(0, MAX_STORED_REJECTIONS),
          message,
        });
        return { ...summary, status: 'REFUSED', rejected: checked.rejections.length, message };
      }
      helpers = checked.helpers;
      notes = checked.notes;
    } catch (error) {
      if (!(error instanceof HelperListFormatError)) return this.fail(runId, summary, error);
      const message = bilingual(error.reason);
      await this.runs.update(runId, { status: 'REFUSED', finishedAt: new Date(), message });
      return { ...summary, status: 'REFUSED', message };
    }
    return this.write(runId, helpers, notes, summary);
  }

  /** Reads and checks every row; nothing is written here. */
  private async check(filePath: string): Promise<{
    helpers: ListHelper[];
    rejections: StoredRejection[];
    notes: string[];
    processedRows: number;
  }> {
    const { size } = await stat(filePath);
    // Refused before reading, so a huge upload is never held in memory.
    if (size > HELPER_LIST_MAX_BYTES) throw new HelperListFormatError(helperListMessages.tooLarge);
    const file = readHelperListFile(await readFile(filePath));
    const helpers: ListHelper[] = [];
    const rejections: StoredRejection[] = [];
    const seen = new Set<string>();
    for (const cells of file.rows) {
      const row = readListRow(cells, this.config.cityName);
      if (!row.ok) {
        rejections.push({ rowNumber: row.rowNumber, reason: bilingual(row.reason), name: row.name });
        continue;
      }
      const keys = [row.helper.listKey, ...(row.helper.corporateNumber ? [`#${row.helper.corporateNumber}`] : [])];
      if (keys.some((k) => seen.has(k))) {
        rejections.push({
          rowNumber: row.rowNumber,
          reason: bilingual(helperListMessages.duplicateRow),
          name: row.helper.name,
        });
        continue;
      }
      keys.forEach((k) => seen.add(k));
      helpers.push(row.helper);
    }
    const notes =
      file.ignoredColumns.length > 0
        ? [
            `${helperListMessages.ignoredColumns.ja}${file.ignoredColumns.join('、')} / ${helperListMessages.ignoredColumns.en}${file.ignoredColumns.join(', ')}`,
          ]
        : [];
    return { helpers, rejections, notes, processedRows: file.rows.length };
  }

  /** One transaction for every row, under the import lock. */
  private async write(
    runId: string,
    helpers: ListHelper[],
    notes: string[],
    summary: ImportHelpersSummary,
  ): Promise<ImportHelpersSummary> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let heartbeat: NodeJS.Timeout | undefined;
    try {
      await runner.startTransaction();
      const pid = await this.runs.limitIdleInTransaction(runner, IDLE_IN_TRANSACTION_TIMEOUT);
      heartbeat = await this.beat(runId, pid);
      if (!(await this.runs.tryLock(runner))) throw new AlreadyRunning();
      const writer = new HelperListRepository(runner.manager, runId, this.config.cityName);
      for (const helper of helpers) summary[await writer.write(helper)]++;
      summary.status = 'SUCCEEDED';
      summary.message = notes.length > 0 ? notes.join('\n') : null;
      await this.runs.update(
        runId,
        {
          status: 'SUCCEEDED',
          finishedAt: new Date(),
          processedRows: helpers.length,
          inserted: summary.inserted,
          updated: summary.updated,
          unchanged: summary.unchanged,
          message: summary.message,
        },
        runner,
      );
      await runner.commitTransaction();
      this.searchWorker.nudge();
      this.logger.log(`helper list ${runId}: ${summary.inserted} new, ${summary.updated} updated`);
      return summary;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      return this.fail(runId, summary, error);
    } finally {
      clearInterval(heartbeat);
      await runner.release();
    }
  }

  private async fail(runId: string, summary: ImportHelpersSummary, error: unknown): Promise<ImportHelpersSummary> {
    const busy = error instanceof AlreadyRunning;
    if (!busy) this.logger.error(`helper list ${runId} failed`, (error as Error).stack);
    const message = bilingual(busy ? helperListMessages.alreadyRunning : helperListMessages.failed);
    await this.runs.update(runId, { status: 'FAILED', finishedAt: new Date(), message });
    return { ...summary, inserted: 0, updated: 0, unchanged: 0, status: 'FAILED', message };
  }

  /** A run of either dataset, with its rejected rows (the CLI prints them). */
  findRun(id: string): Promise<NpoImportRunEntity | null> {
    return this.npoImports.findRun(id);
  }

  /** Alive while the import's own database session is (see NpoImportService.beat). */
  private async beat(runId: string, pid: number): Promise<NodeJS.Timeout> {
    const renew = () =>
      this.runs
        .renewHeartbeat(runId, pid)
        .catch((error: unknown) => this.logger.warn(`helper list ${runId} heartbeat: ${(error as Error).message}`));
    await renew();
    const timer = setInterval(() => void renew(), HEARTBEAT_MS);
    timer.unref();
    return timer;
  }
}
