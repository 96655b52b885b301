import { NPO_SYNONYM_GROUPS } from '@tsunagu/npo/api';
import { NEED_TOPICS } from '@tsunagu/shared/util';

export interface SearchTerm {
  readonly text: string;
  /** how much this word says about what is needed */
  readonly weight: number;
  /** a word of our topic vocabulary (a concept), or a word cut out of the text */
  readonly known: boolean;
}

// Known words, longest first so 「子ども食堂」 is seen before 「子ども」.
// One-character words (畑, 川) hide inside place names (戸畑, 紫川) and are left out.
const VOCABULARY = [...new Set([...NEED_TOPICS.flatMap((t) => t.words), ...NPO_SYNONYM_GROUPS.flat()])]
  .filter((word) => word.length >= 2)
  .sort((a, b) => b.length - a.length);

// Words every need says that tell nothing about which NPO can help.
const STOP_WORDS = new Set([
  'お願い',
  '募集',
  '地域',
  '町内',
  '町内会',
  '自治会',
  '自治区',
  '校区',
  '市民',
  '市民センター',
  '公民館',
  '活動',
  '参加',
  '協力',
  '手伝',
  '相談',
  '団体',
  '毎年',
  '毎月',
  '今年',
  '来年',
  '予定',
  '開催',
  '実施',
  '役員',
  '会員',
  '住民',
  '皆様',
  '皆',
  '当日',
  '準備',
  '方法',
  '紹介',
  '希望',
  '必要',
  '一緒',
  '担当',
  '今回',
  '以前',
  '最近',
  '年度',
  '本年',
  '大切',
  '場所',
  '時間',
  '午前',
  '午後',
  '毎週',
  '人数',
  '内容',
  '全員',
  '北九州',
  '北九州市',
  '区内',
  'センター',
  'イベント',
  'ボランティア',
  '行事',
]);

const HAN_OR_KATAKANA_RUN = /[\p{Script=Han}々]{2,}|[\p{Script=Katakana}ー]{3,}/gu;
const WARD_OR_PLACE = /区$|町$|丁目$|市$/;

function addTerm(terms: Map<string, SearchTerm>, text: string, weight: number, known: boolean): void {
  const existing = terms.get(text);
  if (!existing || existing.weight < weight) terms.set(text, { text, weight, known });
}

/**
 * The words of a need worth searching for: words of the topic vocabulary first (they name the
 * activity), then kanji and katakana runs cut from the text (Japanese has no spaces; a run of
 * kanji is usually a noun such as 防災訓練). Words of the title weigh more than the body's.
 */
export function searchTermsOf(title: string, description: string, max = 6): SearchTerm[] {
  const terms = new Map<string, SearchTerm>();
  const parts: Array<[string, number]> = [
    [title.normalize('NFKC'), 1.5],
    [description.normalize('NFKC'), 1],
  ];
  for (const [text, weight] of parts) {
    let rest = text;
    for (const word of VOCABULARY) {
      if (!rest.includes(word) || STOP_WORDS.has(word)) continue;
      addTerm(terms, word, weight, true);
      rest = rest.replaceAll(word, '　');
    }
    for (const run of rest.match(HAN_OR_KATAKANA_RUN) ?? []) {
      if (STOP_WORDS.has(run) || WARD_OR_PLACE.test(run)) continue;
      addTerm(terms, run, weight * 0.5, false);
    }
  }
  return [...terms.values()].sort((a, b) => b.weight - a.weight || b.text.length - a.text.length).slice(0, max);
}

const SYNONYMS_OF = new Map<string, readonly string[]>(
  NPO_SYNONYM_GROUPS.flatMap((group) => group.map((word) => [word, group] as const)),
);

/** The term, or one of its synonyms, appears in this text (already NFKC-normalised). */
export function textMentions(text: string, term: string): boolean {
  return (SYNONYMS_OF.get(term) ?? [term]).some((word) => word.length >= 2 && text.includes(word));
}

/**
 * How well an NPO's text covers a need's words, 0–1. Each word counts by its weight times its
 * rarity among the candidates (idf): 「竹やぶ」 that three NPOs mention says far more than
 * 「お年寄り」 that half of them do. Words no candidate has are left out of the sum.
 */
export function textCoverage(
  terms: readonly SearchTerm[],
  matchedBy: ReadonlyMap<string, ReadonlySet<string>>,
  candidates: number,
  npoId: string,
): { score: number; matched: SearchTerm[] } {
  let total = 0;
  let got = 0;
  const matched: SearchTerm[] = [];
  for (const term of terms) {
    const df = matchedBy.get(term.text)?.size ?? 0;
    if (df === 0) continue;
    const weight = term.weight * Math.log(1 + candidates / df);
    total += weight;
    if (matchedBy.get(term.text)?.has(npoId)) {
      got += weight;
      matched.push(term);
    }
  }
  return { score: total ? got / total : 0, matched };
}
