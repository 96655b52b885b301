import { basename, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { AuditLogService } from '@tsunagu/accounts/api';
import { NpoImportService } from '@tsunagu/npo/api';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import type { CliContext } from '../cli-context';
import { CliError } from '../cli-error';
import { ProgressLine } from '../progress-line';

/** `import-npos <file.zip|file.csv>`: import, then wait until the changes are searchable. */
export async function importNposCommand(context: CliContext, args: string[]): Promise<Record<string, unknown>> {
  const [file] = args;
  if (!file) throw new CliError('使い方 / usage: npm run cli -- import-npos <file.zip|file.csv>');
  const path = resolve(file);
  const progress = new ProgressLine('取り込み / import');
  const summary = await context.app
    .get(NpoImportService)
    .importFile(
      { filePath: path, fileName: basename(path), source: 'CLI', startedBy: `cli:${userInfo().username}` },
      (p) => progress.update(p.bytesRead / p.totalBytes, `${p.rows.toLocaleString('ja-JP')} 行`),
    );
  await context.app.get(AuditLogService).record({
    actorUserId: null,
    action: 'npo-import.cli',
    targetType: 'npo_import_run',
    targetId: summary.importRunId,
    detail: { file: basename(path), status: summary.status, by: userInfo().username },
  });
  if (summary.status !== 'SUCCEEDED') {
    progress.done('中止 / stopped');
    throw new CliError(`${summary.message ?? summary.status} (importRunId ${summary.importRunId})`);
  }
  progress.done(
    `完了 / done: 追加 ${summary.inserted}, 更新 ${summary.updated}, 変更なし ${summary.unchanged}, 読めない行 ${summary.rejected}`,
  );
  const indexing = new ProgressLine('検索に反映 / indexing');
  indexing.update(0, '');
  // The import is committed: PostgreSQL is the record. If the search engine is down or slow, the
  // outbox keeps the index updates and the running product applies them when it is back, so this
  // is a warning, not a failure of the command.
  let indexed = true;
  try {
    await context.app.get(SearchOutboxWorker).drain(10 * 60_000);
    indexing.done('完了 / done');
  } catch (error) {
    indexed = false;
    indexing.done('あとで反映 / postponed');
    process.stderr.write(
      `注意 / warning: 取り込みは終わりました。検索への反映は検索エンジンが戻りしだい自動で行われます（${(error as Error).message}）。\n`,
    );
  }
  return {
    indexed,
    inserted: summary.inserted,
    updated: summary.updated,
    unchanged: summary.unchanged,
    rejected: summary.rejected,
    importRunId: summary.importRunId,
    duplicates: summary.duplicates,
    markedNotInLatest: summary.markedNotInLatest,
  };
}
