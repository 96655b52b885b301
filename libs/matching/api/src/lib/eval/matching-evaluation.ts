import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { NPO_INDEX, NpoLookup } from '@tsunagu/npo/api';
import { SearchEngineService } from '@tsunagu/search/api';
import { MatchingService } from '../engine/matching.service';
import { type Judgements, mean, ndcgAt, recallAt } from './ranking-metrics';

export interface LabelledNeed {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly ward: string;
  readonly place?: string;
  readonly helpKind: string;
  readonly relevant: ReadonlyArray<{ corporateNumber: string | null; name: string; grade: number }>;
}

export interface LabelledSet {
  readonly fixture: string;
  readonly method: string;
  readonly needs: readonly LabelledNeed[];
}

export interface EvaluationResult {
  readonly needs: number;
  readonly ndcg10: number;
  readonly recall10: number;
  readonly baselineNdcg10: number;
  readonly baselineRecall10: number;
  readonly perNeed: ReadonlyArray<{ id: string; ndcg10: number; recall10: number; baselineNdcg10: number }>;
}

/** The repository root (where nx.json is), found from this file wherever it was compiled to. */
export function repositoryRoot(start = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

/**
 * `labelled-needs.json` is the set the engine was tuned on (labelled before it existed);
 * `held-out-needs.json` was written after tuning, by someone who had not seen the engine, and
 * is never tuned on; `held-out-needs-2.json` (45 needs) was written and labelled blind, by a
 * helper who saw only the fixture's NPO texts and how officers speak. Their figures are the honest ones.
 */
export function loadLabelledSet(
  file: 'labelled-needs.json' | 'held-out-needs.json' | 'held-out-needs-2.json' = 'labelled-needs.json',
  root = repositoryRoot(),
): LabelledSet & { fixturePath: string } {
  const set = JSON.parse(readFileSync(join(root, 'libs/matching/api/eval', file), 'utf8')) as LabelledSet;
  return { ...set, fixturePath: join(root, set.fixture) };
}

/**
 * Runs every labelled need through the engine and through the baseline (the need's title as a
 * plain Meilisearch query on the NPO index), on an app whose database holds the fixture.
 */
export async function evaluateMatching(
  app: INestApplicationContext,
  set: LabelledSet,
  explain?: (line: string) => void,
): Promise<EvaluationResult> {
  const matching = app.get(MatchingService);
  const engine = app.get(SearchEngineService);
  const rows = await app.get(NpoLookup, { strict: false }).identities();
  const byNumber = new Map(rows.flatMap((r) => (r.corporateNumber ? [[r.corporateNumber, r.id] as const] : [])));
  const byName = new Map(rows.map((r) => [r.name, r.id]));
  const nameOf = new Map(rows.map((r) => [r.id, r.name]));

  const perNeed = [];
  for (const need of set.needs) {
    const judged: Judgements = new Map(
      need.relevant.map((r) => [
        (r.corporateNumber ? byNumber.get(r.corporateNumber) : byName.get(r.name)) ?? r.name,
        r.grade,
      ]),
    );
    const features = await matching.needFeatures({ ...need, fields: [] });
    const matches = await matching.rankNpos(features, 10);
    const ranked = matches.map((r) => r.npoId);
    if (explain && recallAt(10, ranked, judged) < 0.8) {
      explain(
        `${need.id} ${need.title} terms=${features.terms.map((t) => `${t.text}${t.kind === 'concept' ? `(${t.key})` : ''}`).join('/')} fields=${features.fields.join(',')}`,
      );
      for (const m of matches)
        explain(
          `   ${judged.get(m.npoId) ?? 0} ${m.score.toFixed(3)} ${nameOf.get(m.npoId)} ${m.reasons.map((r) => r.ja).join(' ')}`,
        );
    }
    const baseline = await engine.client
      .index(engine.indexUid(NPO_INDEX))
      .search(need.title, { limit: 10, attributesToRetrieve: ['id'], locales: ['jpn'] });
    const baselineIds = baseline.hits.map((h) => String(h['id']));
    perNeed.push({
      id: need.id,
      ndcg10: ndcgAt(10, ranked, judged),
      recall10: recallAt(10, ranked, judged),
      baselineNdcg10: ndcgAt(10, baselineIds, judged),
      baselineRecall10: recallAt(10, baselineIds, judged),
    });
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    needs: perNeed.length,
    ndcg10: round(mean(perNeed.map((p) => p.ndcg10))),
    recall10: round(mean(perNeed.map((p) => p.recall10))),
    baselineNdcg10: round(mean(perNeed.map((p) => p.baselineNdcg10))),
    baselineRecall10: round(mean(perNeed.map((p) => p.baselineRecall10))),
    perNeed: perNeed.map(({ id, ndcg10, recall10, baselineNdcg10 }) => ({
      id,
      ndcg10: round(ndcg10),
      recall10: round(recall10),
      baselineNdcg10: round(baselineNdcg10),
    })),
  };
}
