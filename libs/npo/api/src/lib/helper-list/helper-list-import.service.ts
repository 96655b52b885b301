import { readFile, stat } from 'node:fs/promises';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import { translate } from '@tsunagu/shared/api-core';
import type { NpoImportRunEntity, StoredRejection } from '../entities/npo-import-run.entity';
import { fileSha256 } from '../import/file-sha256';
import { NpoImportRunRepository } from '../import/npo-import-run.repository';
import type { ImportNposRequest } from '../import/npo-import.types';
import { HelperListFormatError } from './helper-list-format.error';
import { readHelperList } from './helper-list-file.reader';
import { HELPER_LIST_LIMITS } from './helper-list-limits.constant';
import { type ListedHelper, type ListRowRejection, parseHelperListRow } from './helper-list-row.parser';
import { HelperListWriteRepository } from './helper-list-write.repository';
import { helperListMessages as m } from './helper-list.messages';

export interface ImportHelpersSummary {
  importRunId: string;
  status: 'SUCCEEDED' | 'REFUSED' | 'FAILED';
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  message: string | null;
}

const IDLE_IN_TRANSACTION_TIMEOUT = '30s';
const MAX_STORED_REJECTIONS = 1_000;

const stored = (r: ListRowRejection): StoredRejection => ({
  rowNumber: r.rowNumber,
  reason: translate(r.reason, r.params, 'ja'),
  reasonEn: translate(r.reason, r.params, 'en'),
  name: r.name,
});

/** The same helper twice in one list (same 法人番号, or same kind + name + ward): the later row is rejected. */
function duplicatesOf(helpers: readonly ListedHelper[]): ListRowRejection[] {
  const firstRow = new Map<string, number>();
  const out: ListRowRejection[] = [];
  for (const h of helpers) {
    const keys = [h.listKey, ...(h.corporateNumber ? [`#${h.corporateNumber}`] : [])];
    const earlier = keys.map((k) => firstRow.get(k)).find((row) => row !== undefined);
    if (earlier !== undefined) {
      out.push({ rowNumber: h.rowNumber, reason: m.duplicateRow, params: { row: earlier }, name: h.name });
      continue;
    }
    for (const k of keys) firstRow.set(k, h.rowNumber);
  }
  return out;
}

/**
 * Imports a list of companies and university groups ALL OR NOTHING: one rejected row and nothing
 * is written (the run is REFUSED with every row's reason); otherwise one transaction writes every
 * row. Runs are recorded in npo_import_run (dataset HELPER_LIST) under the same lock as the NPO
 * import, so the two never write at once and an abandoned run is noticed the same way.
 */
@Injectable()
export class HelperListImportService {
  private readonly logger = new Logger(HelperListImportService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly runs: NpoImportRunRepository,
    private readonly searchWorker: SearchOutboxWorker,
  ) {}

  async start(request: ImportNposRequest): Promise<NpoImportRunEntity> {
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
    const refuse = async (message: string, rejections: StoredRejection[] = [], processedRows = 0) => {
      await this.runs.update(runId, {
        status: 'REFUSED',
        finishedAt: new Date(),
        processedRows,
        rejected: rejections.length,
        rejections: rejections.slice(0, MAX_STORED_REJECTIONS),
        message,
      });
      return { ...summary, status: 'REFUSED' as const, rejected: rejections.length, message };
    };

    let file;
    try {
      const { size } = await stat(filePath);
      if (size > HELPER_LIST_LIMITS.maxFileBytes)
        throw new HelperListFormatError(m.tooBig, { megabytes: HELPER_LIST_LIMITS.maxFileBytes / 1024 / 1024 });
      file = readHelperList(await readFile(filePath));
    } catch (error) {
      if (error instanceof HelperListFormatError) return refuse(translate(error.reason, error.params, 'ja'));
      throw error;
    }
    const helpers: ListedHelper[] = [];
    const rejections: ListRowRejection[] = [];
    for (const row of file.rows) {
      const result = parseHelperListRow(row);
      if (result.ok) helpers.push(result.helper);
      else rejections.push(result.rejection);
    }
    rejections.push(...duplicatesOf(helpers));

    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await this.runs.limitIdleInTransaction(runner, IDLE_IN_TRANSACTION_TIMEOUT);
      if (!(await this.runs.tryLock(runner))) {
        await runner.rollbackTransaction();
        return refuse(translate(m.alreadyRunning, {}, 'ja'));
      }
      const rejectedRows = new Set(rejections.map((r) => r.rowNumber));
      const plan = await new HelperListWriteRepository(runner, runId).plan(
        helpers.filter((h) => !rejectedRows.has(h.rowNumber)),
      );
      rejections.push(...plan.rejections);
      if (rejections.length > 0) {
        await runner.rollbackTransaction();
        rejections.sort((a, b) => a.rowNumber - b.rowNumber);
        return refuse(
          translate(m.refusedRows, { count: rejections.length }, 'ja'),
          rejections.map(stored),
          file.rows.length,
        );
      }
      const counts = await plan.write();
      const notes = [translate(m.notRemoved, {}, 'ja')];
      if (file.unknownColumns.length > 0)
        notes.unshift(translate(m.ignoredColumns, { columns: file.unknownColumns.join('、') }, 'ja'));
      Object.assign(summary, counts, { status: 'SUCCEEDED', message: notes.join('') });
      await this.runs.update(
        runId,
        {
          status: 'SUCCEEDED',
          finishedAt: new Date(),
          processedRows: file.rows.length,
          ...counts,
          rejected: 0,
          message: summary.message,
          rejections: [],
        },
        runner,
      );
      await runner.commitTransaction();
      this.searchWorker.nudge();
      return summary;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      this.logger.error(`helper list import ${runId} failed`, (error as Error).stack);
      const message = translate(m.failed, {}, 'ja');
      await this.runs.update(runId, { status: 'FAILED', finishedAt: new Date(), message });
      return { ...summary, status: 'FAILED', message };
    } finally {
      await runner.release();
    }
  }
}
