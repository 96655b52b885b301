import type { HelperKind } from '@tsunagu/npo/api';
import { type KitakyushuWard, conceptById, isKitakyushuWard, wardsBorder } from '@tsunagu/shared/util';
import { type Reason, reasons } from './match-reasons';
import type { NeedTerm, TopicProfile } from './topic-profile';

/** What matching needs to know about a need (saved or being written). */
export interface NeedFeatures {
  readonly fields: readonly number[];
  readonly ward: string;
  readonly helpKind: string;
  /** its concepts and words, most telling first */
  readonly terms: readonly NeedTerm[];
}

/** What matching needs to know about a helper (an NPO, a company, a university group…). */
export interface NpoFeatures {
  readonly id: string;
  readonly kind: HelperKind;
  readonly ward: string | null;
  readonly inCity: boolean;
  readonly city: string | null;
  readonly fields: readonly number[];
  readonly helpKinds: readonly string[];
  readonly claimed: boolean;
  readonly answeredRecently: boolean;
  /** what it does (name, purpose, programmes, its own introduction), analysed */
  readonly topics: TopicProfile;
}

export interface ScoredMatch {
  readonly score: number;
  readonly reasons: Reason[];
}

/** How rare a need's term is among the helpers weighed (idf); 0 when none of them has it. */
export type TermRarity = (term: NeedTerm) => number;

/** Helpers weighed together: how many hold each term, for its rarity. */
export function termRarity(pool: readonly NpoFeatures[]): TermRarity {
  const cache = new Map<string, number>();
  return (term) => {
    const id = `${term.kind}:${term.key}`;
    let idf = cache.get(id);
    if (idf === undefined) {
      const df = pool.filter((npo) => holds(npo, term)).length;
      idf = df === 0 ? 0 : Math.log(1 + pool.length / df);
      cache.set(id, idf);
    }
    return idf;
  };
}

export function holds(npo: NpoFeatures, term: NeedTerm): boolean {
  return term.kind === 'concept' ? npo.topics.concepts.has(term.key) : npo.topics.words.has(term.key);
}

/**
 * The score is topic first: what the helper does (its concepts and words against the need's,
 * rare ones counting more, 80 %) and its statutory fields (20 %). Place, the kind of help and
 * signs of a living NPO only scale that topical fit by up to a fifth, so they order helpers of
 * comparable fit and never lift an off-topic one above an on-topic one of the next ward.
 */
export const TOPIC = { text: 0.8, fields: 0.2 } as const;
export const ORDERING = { base: 0.8, place: 0.14, helpKind: 0.03, living: 0.03 } as const;

const PLACE_SAME = 1;
const PLACE_BORDERING = 0.6;
const PLACE_CITY = 0.3;

function placeOf(need: NeedFeatures, npo: NpoFeatures): { value: number; reason: Reason } {
  if (npo.ward && npo.ward === need.ward) return { value: PLACE_SAME, reason: reasons.sameWard(npo.ward) };
  if (
    npo.ward &&
    isKitakyushuWard(npo.ward) &&
    isKitakyushuWard(need.ward) &&
    wardsBorder(need.ward as KitakyushuWard, npo.ward)
  ) {
    return { value: PLACE_BORDERING, reason: reasons.borderingWard(npo.ward) };
  }
  if (npo.inCity) return { value: PLACE_CITY, reason: reasons.inCity(npo.ward) };
  return { value: 0, reason: reasons.outsideCity(npo.city) };
}

function fieldFit(need: NeedFeatures, npo: NpoFeatures): number {
  const rankWeight = (i: number) => [1, 0.7, 0.5][i] ?? 0.4;
  const total = need.fields.reduce((sum, _f, i) => sum + rankWeight(i), 0);
  if (!total) return 0;
  // An NPO that ticks many fields says less about each of them.
  const specificity = 1 / (1 + 0.05 * Math.max(0, npo.fields.length - 3));
  return (
    (need.fields.reduce((sum, f, i) => sum + (npo.fields.includes(f) ? rankWeight(i) : 0), 0) / total) * specificity
  );
}

/** How well an NPO fits a need, 0–1, with the reasons; null when nothing of the topic fits. */
export function scoreMatch(need: NeedFeatures, npo: NpoFeatures, rarity: TermRarity): ScoredMatch | null {
  let total = 0;
  let got = 0;
  const matched: Array<{ term: NeedTerm; weight: number }> = [];
  for (const term of need.terms) {
    const weight = term.weight * rarity(term);
    if (weight === 0) continue;
    total += weight;
    if (holds(npo, term)) {
      got += weight;
      matched.push({ term, weight });
    }
  }
  const text = total ? got / total : 0;
  const fields = fieldFit(need, npo);
  // Place and liveliness alone are no reason to suggest an NPO.
  if (text === 0 && fields === 0) return null;
  const topic = TOPIC.text * text + TOPIC.fields * fields;

  const place = placeOf(need, npo);
  const kind = npo.helpKinds.includes(need.helpKind);
  const living = (npo.claimed ? 0.5 : 0) + (npo.answeredRecently ? 0.5 : 0);
  const score =
    topic *
    (ORDERING.base + ORDERING.place * place.value + ORDERING.helpKind * (kind ? 1 : 0) + ORDERING.living * living);

  const why: Reason[] = [];
  for (const { term } of matched.sort((a, b) => b.weight - a.weight).slice(0, 2)) {
    const concept = term.kind === 'concept' ? conceptById(term.key) : undefined;
    why.push(concept ? reasons.concept(term.text, concept) : reasons.word(term.text));
  }
  const sharedFields = need.fields.filter((f) => npo.fields.includes(f));
  for (const field of sharedFields.slice(0, matched.length ? 1 : 2)) why.push(reasons.field(field));
  why.push(place.reason);
  if (kind) why.push(reasons.helpKind(need.helpKind));
  if (npo.claimed) why.push(reasons.claimed(npo.kind));
  if (npo.answeredRecently) why.push(reasons.answeredRecently());
  return { score: Math.round(score * 1000) / 1000, reasons: why };
}
