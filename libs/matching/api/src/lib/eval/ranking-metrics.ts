/** Graded relevance of one item for one query (0 = not relevant). */
export type Judgements = ReadonlyMap<string, number>;

/**
 * nDCG@k with exponential gain (2^grade − 1): a highly relevant NPO at the top counts most.
 * The ideal ranking is every judged item sorted by grade.
 */
export function ndcgAt(k: number, ranked: readonly string[], judged: Judgements): number {
  const dcg = (grades: number[]) => grades.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...judged.values()].sort((a, b) => b - a).slice(0, k));
  if (ideal === 0) return 0;
  return dcg(ranked.slice(0, k).map((id) => judged.get(id) ?? 0)) / ideal;
}

/**
 * recall@k, capped: the share of relevant items found in the top k, out of at most k (a list of
 * 10 cannot hold 14 relevant NPOs, so finding 10 of them is full marks; BEIR's "R_cap@k").
 */
export function recallAt(k: number, ranked: readonly string[], judged: Judgements): number {
  const relevant = [...judged.entries()].filter(([, g]) => g > 0).map(([id]) => id);
  if (relevant.length === 0) return 0;
  const found = ranked.slice(0, k).filter((id) => (judged.get(id) ?? 0) > 0).length;
  return found / Math.min(k, relevant.length);
}

export const mean = (values: readonly number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
