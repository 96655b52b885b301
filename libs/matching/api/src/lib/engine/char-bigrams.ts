import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';

// Pairs every text shares that say nothing about an activity (the purpose clause of the
// articles, the words of every request) or only name a place.
const STOP_PAIRS = new Set(
  [
    'この法人',
    '法人は',
    '目的とする',
    '寄与する',
    '事業',
    '活動',
    '地域',
    '市民',
    '参加',
    '募集',
    '協力',
    '団体',
    '自治会',
    '町内会',
    '町内',
    '校区',
    '予定',
    '開催',
    'お願い',
    '北九州',
    '生活の質',
    '公益の増進',
    '増進',
    '向上',
    '推進',
    '支援し',
    'センター',
    ...KITAKYUSHU_WARDS,
  ].flatMap((word) => pairsOf(word)),
);

function pairsOf(text: string): string[] {
  const pairs: string[] = [];
  for (const run of text.normalize('NFKC').match(/[\p{Script=Han}々\p{Script=Katakana}ー]{2,}/gu) ?? []) {
    for (let i = 0; i < run.length - 1; i++) pairs.push(run.slice(i, i + 2));
  }
  return pairs;
}

/**
 * The kanji and katakana character pairs of a text. Japanese has no spaces; overlapping pairs
 * of kanji/katakana are the classic way to compare texts without a dictionary, so a need that
 * says 「野菜作り」 still meets an NPO that writes 「野菜づくり」 or 「農作業」 meets 「作業」.
 */
export function charPairs(text: string): Set<string> {
  return new Set(pairsOf(text).filter((pair) => !STOP_PAIRS.has(pair)));
}

/** How many of the candidates hold each pair (for idf). */
export function pairFrequencies(sets: Iterable<ReadonlySet<string>>): Map<string, number> {
  const df = new Map<string, number>();
  for (const set of sets) for (const pair of set) df.set(pair, (df.get(pair) ?? 0) + 1);
  return df;
}

/** Share of the need's pairs (weighted by rarity among the candidates) that the NPO's text holds, 0–1. */
export function pairOverlap(
  need: ReadonlySet<string>,
  npo: ReadonlySet<string>,
  df: ReadonlyMap<string, number>,
  candidates: number,
): number {
  let total = 0;
  let got = 0;
  for (const pair of need) {
    const n = df.get(pair) ?? 0;
    if (n === 0) continue;
    const weight = Math.log(1 + candidates / n);
    total += weight;
    if (npo.has(pair)) got += weight;
  }
  return total ? got / total : 0;
}
