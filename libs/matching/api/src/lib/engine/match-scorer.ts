import { ACTIVITY_FIELDS, HELP_KINDS, type KitakyushuWard, isKitakyushuWard, wardsBorder } from '@tsunagu/shared/util';
import { type SearchTerm, textMentions } from './need-terms';

/** What matching needs to know about a need (saved or being written). */
export interface NeedFeatures {
  readonly fields: readonly number[];
  readonly ward: string;
  readonly helpKind: string;
  readonly terms: readonly SearchTerm[];
  /** kanji/katakana character pairs of its title and text */
  readonly pairs: ReadonlySet<string>;
}

/** What matching needs to know about an NPO. */
export interface NpoFeatures {
  readonly id: string;
  readonly ward: string | null;
  readonly inCity: boolean;
  readonly city: string | null;
  readonly fields: readonly number[];
  /** name, purpose, programmes and its own introduction, NFKC-normalised */
  readonly text: string;
  readonly helpKinds: readonly string[];
  readonly claimed: boolean;
  readonly answeredRecently: boolean;
  /** kanji/katakana character pairs of what it does (purpose, programmes, introduction) */
  readonly pairs: ReadonlySet<string>;
}

export interface ScoredMatch {
  readonly score: number;
  readonly reasons: string[];
}

/**
 * The weights of the parts of a match. Text (what the NPO actually does, in its words) says
 * most; then the statutory fields, which are coarse; then place; then the kind of help and
 * signs of a living NPO break ties. Tuned on the labelled set (bench/../eval), after labelling.
 */
export const WEIGHTS = { text: 0.55, fields: 0.15, place: 0.2, helpKind: 0.05, living: 0.05 } as const;

const PLACE_SAME = 1;
const PLACE_BORDERING = 0.6;
const PLACE_CITY = 0.3;

/** 「子どもの健全育成を図る活動」 → 「子どもの健全育成」, as people say it. */
export function fieldPhrase(id: number): string {
  const name = ACTIVITY_FIELDS[id - 1]?.statutoryName ?? '';
  return name.replace(/(を図る活動|を支援する活動|の活動|活動)$/, '');
}

function placeOf(need: NeedFeatures, npo: NpoFeatures): { value: number; reason: string } {
  if (npo.ward && npo.ward === need.ward) return { value: PLACE_SAME, reason: `同じ区（${npo.ward}）で活動` };
  if (
    npo.ward &&
    isKitakyushuWard(npo.ward) &&
    isKitakyushuWard(need.ward) &&
    wardsBorder(need.ward as KitakyushuWard, npo.ward)
  ) {
    return { value: PLACE_BORDERING, reason: `となりの区（${npo.ward}）で活動` };
  }
  if (npo.inCity) return { value: PLACE_CITY, reason: npo.ward ? `市内（${npo.ward}）で活動` : '市内で活動' };
  return { value: 0, reason: `市外（${npo.city ?? '所在地不明'}）の団体` };
}

/** How much of the need's words an NPO covers (0–1) and which of them it really mentions. */
export interface TextMatch {
  readonly score: number;
  readonly matched: readonly SearchTerm[];
  /** character pairs of the need the NPO's text shares, rarest first (for the reasons) */
  readonly sharedPairs?: readonly string[];
}

/** Text coverage without a candidate set: every word by its weight (one NPO against many needs). */
export function plainTextMatch(need: NeedFeatures, npo: NpoFeatures): TextMatch {
  const total = need.terms.reduce((sum, t) => sum + t.weight, 0);
  const matched = need.terms.filter((t) => textMentions(npo.text, t.text));
  return { score: total ? matched.reduce((sum, t) => sum + t.weight, 0) / total : 0, matched };
}

/**
 * How well an NPO fits a need, 0–1, with the reasons in plain Japanese. `textMatch` is how much
 * of the need's words the NPO covers (found by Meilisearch or in its own text).
 */
export function scoreMatch(need: NeedFeatures, npo: NpoFeatures, textMatch: TextMatch): ScoredMatch | null {
  const text = textMatch.score;
  const mentioned = textMatch.matched.filter((t) => textMentions(npo.text, t.text));

  const shared = need.fields.filter((f) => npo.fields.includes(f));
  const rankWeight = (i: number) => [1, 0.7, 0.5][i] ?? 0.4;
  const fieldTotal = need.fields.reduce((sum, _f, i) => sum + rankWeight(i), 0);
  // An NPO that ticks many fields says less about each of them.
  const specificity = 1 / (1 + 0.05 * Math.max(0, npo.fields.length - 3));
  const fields = fieldTotal
    ? (need.fields.reduce((sum, f, i) => sum + (npo.fields.includes(f) ? rankWeight(i) : 0), 0) / fieldTotal) *
      specificity
    : 0;
  // Place and liveliness alone are no reason to suggest an NPO.
  if (text === 0 && fields === 0) return null;

  const place = placeOf(need, npo);
  const kind = npo.helpKinds.includes(need.helpKind);
  const living = (npo.claimed ? 0.5 : 0) + (npo.answeredRecently ? 0.5 : 0);
  const score =
    WEIGHTS.text * text +
    WEIGHTS.fields * fields +
    WEIGHTS.place * place.value +
    WEIGHTS.helpKind * (kind ? 1 : 0) +
    WEIGHTS.living * living;

  const reasons: string[] = [];
  for (const term of mentioned.slice(0, 2)) reasons.push(`「${term.text}」の活動実績`);
  if (mentioned.length === 0 && textMatch.sharedPairs?.length) {
    reasons.push(
      `活動内容に${textMatch.sharedPairs
        .slice(0, 2)
        .map((p) => `「${p}」`)
        .join('')}`,
    );
  }
  for (const field of shared.slice(0, 2)) reasons.push(`活動分野「${fieldPhrase(field)}」`);
  reasons.push(place.reason);
  if (kind) reasons.push(`「${HELP_KINDS.find((k) => k.id === need.helpKind)?.labelJa}」を引き受けています`);
  if (npo.claimed) reasons.push('NPOが自分でページを更新しています');
  if (npo.answeredRecently) reasons.push('最近も申し出・返信をしています');
  return { score: Math.round(score * 1000) / 1000, reasons };
}
