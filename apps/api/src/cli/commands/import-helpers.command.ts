import { basename, resolve } from 'node:path';
import { userInfo } from 'node:os';
import { AuditLogService } from '@tsunagu/accounts/api';
import { HelperListImportService } from '@tsunagu/npo/api';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import type { CliContext } from '../cli-context';
import { CliError } from '../cli-error';

/**
 * `import-helpers <file.csv>`: import a list of companies and university groups (all or
 * nothing), then wait until the changes are searchable. A refused list prints each rejected row.
 */
export async function importHelpersCommand(context: CliContext, args: string[]): Promise<Record<string, unknown>> {
  const [file] = args;
  if (!file) throw new CliError('使い方 / usage: npm run cli -- import-helpers <file.csv>');
  const path = resolve(file);
  const imports = context.app.get(HelperListImportService);
  const summary = await imports.importFile({
    filePath: path,
    fileName: basename(path),
    source: 'CLI',
    startedBy: `cli:${userInfo().username}`,
  });
  await context.app.get(AuditLogService).record({
    actorUserId: null,
    action: 'helper-list-import.cli',
    targetType: 'npo_import_run',
    targetId: summary.importRunId,
    detail: { file: basename(path), status: summary.status, by: userInfo().username },
  });
  if (summary.status !== 'SUCCEEDED') {
    const run = await imports.findRun(summary.importRunId);
    for (const r of run?.rejections ?? []) {
      process.stderr.write(`  ${r.rowNumber}行目 / row ${r.rowNumber}: ${r.name ?? '—'}: ${r.reason}\n`);
    }
    throw new CliError(`${summary.message ?? summary.status} (importRunId ${summary.importRunId})`);
  }
  process.stderr.write(
    `完了 / done: 追加 ${summary.inserted}, 更新 ${summary.updated}, 変更なし ${summary.unchanged}\n`,
  );
  // As for import-npos: the import is committed; a slow search engine only delays the index.
  let indexed = true;
  try {
    await context.app.get(SearchOutboxWorker).drain(10 * 60_000);
  } catch (error) {
    indexed = false;
    process.stderr.write(
      `注意 / warning: 検索への反映は検索エンジンが戻りしだい自動で行われます（${(error as Error).message}）。\n`,
    );
  }
  return {
    indexed,
    inserted: summary.inserted,
    updated: summary.updated,
    unchanged: summary.unchanged,
    importRunId: summary.importRunId,
  };
}
