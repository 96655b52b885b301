import { randomBytes } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { evaluateMatching, loadLabelledSet, scratchDatabase } from '@tsunagu/matching/api';
import { NpoImportService } from '@tsunagu/npo/api';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import { createApp } from '../../bootstrap/create-app';
import type { CliContext } from '../cli-context';
import { ProgressLine } from '../progress-line';

/**
 * `eval-matching`: the labelled needs (libs/matching/api/eval) against the engine and against
 * the baseline, on a scratch database and index prefix of their own, so the product's data is
 * never touched; both are removed afterwards.
 */
export async function evalMatchingCommand(context: CliContext, args: string[]): Promise<Record<string, unknown>> {
  const set = loadLabelledSet('labelled-needs.json');
  const heldOut = loadLabelledSet('held-out-needs.json');
  const blind = loadLabelledSet('held-out-needs-2.json');
  const scratch = `eval_${randomBytes(4).toString('hex')}`;
  const progress = new ProgressLine('マッチングの評価 / eval-matching');
  await scratchDatabase.create(context.app.get(DataSource), scratch);
  const url = new URL(context.services.databaseUrl);
  url.pathname = `/${scratch}`;
  const config = { ...context.config, meiliIndexPrefix: `${scratch}_`, seedDemo: false };
  const app = await createApp({
    config,
    services: { ...context.services, databaseUrl: url.toString() },
    logger: context.logger,
  });
  try {
    progress.update(0.1, 'fixture');
    await app.get(NpoImportService).importFile({
      filePath: set.fixturePath,
      fileName: 'kitakyushu-npos-sample.zip',
      source: 'CLI',
      startedBy: 'eval-matching',
    });
    await app.get(SearchOutboxWorker).drain(120_000);
    progress.update(0.5, `${set.needs.length} needs`);
    // --explain: the terms and top ten of every tuning need the engine does poorly on, for tuning;
    // --explain-held-out adds the first held-out set. The blind set is never explained: once its
    // texts have been read it is no longer blind, and its figure means nothing.
    const write = (line: string) => process.stderr.write(`${line}\n`);
    const explain = args.includes('--explain') || args.includes('--explain-held-out') ? write : undefined;
    const result = await evaluateMatching(app, set, explain);
    const unseen = await evaluateMatching(app, heldOut, args.includes('--explain-held-out') ? write : undefined);
    const unseen2 = await evaluateMatching(app, blind);
    progress.done(`完了 / done: ${result.needs} + ${unseen.needs} + ${unseen2.needs} needs`);
    process.stderr.write('need   nDCG@10  recall@10  baseline nDCG@10\n');
    for (const row of [...result.perNeed, ...unseen.perNeed, ...unseen2.perNeed]) {
      process.stderr.write(
        `${row.id.padEnd(6)} ${row.ndcg10.toFixed(3).padStart(7)}  ${row.recall10.toFixed(3).padStart(9)}  ${row.baselineNdcg10.toFixed(3).padStart(16)}\n`,
      );
    }
    return {
      ndcg10: result.ndcg10,
      recall10: result.recall10,
      baselineNdcg10: result.baselineNdcg10,
      baselineRecall10: result.baselineRecall10,
      needs: result.needs,
      heldOut: {
        ndcg10: unseen.ndcg10,
        recall10: unseen.recall10,
        baselineNdcg10: unseen.baselineNdcg10,
        baselineRecall10: unseen.baselineRecall10,
        needs: unseen.needs,
      },
      heldOutBlind: {
        ndcg10: unseen2.ndcg10,
        recall10: unseen2.recall10,
        baselineNdcg10: unseen2.baselineNdcg10,
        baselineRecall10: unseen2.baselineRecall10,
        needs: unseen2.needs,
      },
    };
  } finally {
    await app.close();
    await scratchDatabase.drop(context.app.get(DataSource), scratch).catch(() => undefined);
    const meili = new Meilisearch({ host: context.services.meiliUrl, apiKey: context.services.meiliMasterKey });
    const { results } = await meili.getIndexes({ limit: 1000 });
    await Promise.all(results.filter((i) => i.uid.startsWith(`${scratch}_`)).map((i) => meili.deleteIndex(i.uid)));
  }
}
