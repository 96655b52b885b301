import { NPO_INDEX } from '@tsunagu/npo/api';
import { SearchReindexer } from '@tsunagu/search/api';
import type { CliContext } from '../cli-context';
import { ProgressLine } from '../progress-line';

/** `reindex`: rebuild every search index from PostgreSQL and swap it in (no empty moment). */
export async function reindexCommand(context: CliContext): Promise<Record<string, unknown>> {
  const progress = new ProgressLine('索引の作り直し / reindex npos');
  const npos = await context.app
    .get(SearchReindexer)
    .rebuild(NPO_INDEX, (count) => progress.update(0.5, `${count} 件`));
  progress.done(`完了 / done: ${npos} 件`);
  // The needs index arrives with the needs feature.
  return { npos, needs: 0 };
}
