import { NEED_INDEX } from '@tsunagu/needs/api';
import { NPO_INDEX } from '@tsunagu/npo/api';
import { SearchReindexer } from '@tsunagu/search/api';
import type { CliContext } from '../cli-context';
import { ProgressLine } from '../progress-line';

/** `reindex`: rebuild every search index from PostgreSQL and swap it in (no empty moment). */
export async function reindexCommand(context: CliContext): Promise<Record<string, unknown>> {
  const reindexer = context.app.get(SearchReindexer);
  const progress = new ProgressLine('索引の作り直し / reindex');
  const npos = await reindexer.rebuild(NPO_INDEX, (count) => progress.update(0.5, `NPO ${count} 件`));
  const needs = await reindexer.rebuild(NEED_INDEX, (count) => progress.update(0.95, `募集 ${count} 件`));
  progress.done(`完了 / done: NPO ${npos} 件, 募集 ${needs} 件`);
  return { npos, needs };
}
