import type { HelperKind } from '@tsunagu/npo/api';
import { reasons } from './match-reasons';
import { type NeedFeatures, type NpoFeatures, type ScoredMatch, scoreMatch, termRarity } from './match-scorer';

export interface RankedNpo extends ScoredMatch {
  readonly npoId: string;
}

/**
 * Helpers of the kinds asked (none: every kind) ranked for a need. Every kind is weighed by the
 * same words, and the rarity of a word is counted over the whole city (every kind), so asking
 * for NPOs only leaves the NPOs in the order they have among every kind. A helper that is not an
 * NPO says first what kind of helper it is, so the group knows whom it would be asking.
 */
export function rankHelpers(
  need: NeedFeatures,
  inCity: readonly NpoFeatures[],
  outside: readonly NpoFeatures[],
  kinds: readonly HelperKind[],
  limit: number,
): RankedNpo[] {
  const rarity = termRarity(inCity);
  const ranked: RankedNpo[] = [];
  for (const helper of [...inCity, ...outside]) {
    if (kinds.length && !kinds.includes(helper.kind)) continue;
    const match = scoreMatch(need, helper, rarity);
    if (!match) continue;
    const kind = reasons.helperKind(helper.kind);
    ranked.push({ npoId: helper.id, score: match.score, reasons: kind ? [kind, ...match.reasons] : match.reasons });
  }
  return ranked.sort((a, b) => b.score - a.score).slice(0, limit);
}
