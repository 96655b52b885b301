import { basename, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { AuditLogService } from '@tsunagu/accounts/api';
import { HelperListImportService } from '@tsunagu/npo/api';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import type { CliContext } from '../cli-context';
import { CliError } from '../cli-error';
import { ProgressLine } from '../progress-line';

/** `import-helpers <file.csv>`: import a list of companies and university groups, all or nothing. */
export async function importHelpersCommand(context: CliContext, args: string[]): Promise<Record<string, unknown>> {
  const [file] = args;
  if (!file) throw new CliError('使い方 / usage: npm run cli -- import-helpers <file.csv>');
  const path = resolve(file);
  const progress = new ProgressLine('取り込み / import');
  progress.update(0, '');
  const summary = await context.app
    .get(HelperListImportService)
    .importFile({ filePath: path, fileName: basename(path), source: 'CLI', startedBy: `cli:${userInfo().username}` });
  await context.app.get(AuditLogService).record({
    actorUserId: null,
    action: 'helper-list-import.cli',
    targetType: 'npo_import_run',
    targetId: summary.importRunId,
    detail: { file: basename(path), status: summary.status, by: userInfo().username },
  });
  if (summary.status !== 'SUCCEEDED') {
    progress.done('中止 / stopped');
    throw new CliError(`${summary.message ?? summary.status} (importRunId ${summary.importRunId})`);
  }
  progress.done(`完了 / done: 追加 ${summary.inserted}, 更新 ${summary.updated}, 変更なし ${summary.unchanged}`);
  // Committed: the outbox keeps the index updates if the search engine is slow, so not a failure.
  let indexed = true;
  try {
    await context.app.get(SearchOutboxWorker).drain(10 * 60_000);
  } catch {
    indexed = false;
  }
  return {
    indexed,
    inserted: summary.inserted,
    updated: summary.updated,
    unchanged: summary.unchanged,
    rejected: summary.rejected,
    importRunId: summary.importRunId,
  };
}
