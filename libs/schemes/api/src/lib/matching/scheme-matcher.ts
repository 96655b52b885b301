import type { NeedTerm, Reason } from '@tsunagu/matching/api';
import { type Message, type MessageParams, translate } from '@tsunagu/shared/api-core';
import { activityFieldById, conceptById } from '@tsunagu/shared/util';
import { schemeReasonTexts } from '../schemes.messages';

/** A scheme as matching compares it: its concepts and its fields. */
export interface SchemeTopics {
  readonly id: string;
  readonly name: string;
  /** the concepts staff chose for it */
  readonly concepts: ReadonlySet<string>;
  /** the concepts its name, summary and search words name besides */
  readonly mentioned: ReadonlySet<string>;
  readonly fields: readonly number[];
}

/** A need as matching compares it: the engine's weighted terms and the fields its group chose. */
export interface NeedTopics {
  readonly terms: readonly NeedTerm[];
  readonly fields: readonly number[];
}

export interface SchemeFit {
  readonly schemeId: string;
  readonly score: number;
  readonly reasons: readonly Reason[];
}

export const MAX_SCHEMES = 3;
const MAX_REASONS = 3;
/** A shared field says less than a shared topic: fields are broad (まちづくり holds half the city). */
const FIELD_WEIGHT = 0.5;
/** A topic its text only mentions (相談できます: 広報, IT) says less than one staff chose it for. */
const MENTIONED_WEIGHT = 0.5;

const both = (message: Message, ja: MessageParams, en: MessageParams): Reason => ({
  ja: translate(message, ja, 'ja'),
  en: translate(message, en, 'en'),
});

function conceptReason(conceptId: string, needWord: string): Reason {
  const concept = conceptById(conceptId);
  const ja = concept?.ja ?? conceptId;
  const en = concept?.en ?? conceptId;
  return needWord === ja
    ? both(schemeReasonTexts.concept, { concept: ja }, { concept: en })
    : both(schemeReasonTexts.conceptWithWord, { concept: ja, word: needWord }, { concept: en, word: needWord });
}

function fieldReason(id: number): Reason {
  const field = activityFieldById(id);
  return both(
    schemeReasonTexts.field,
    { field: field?.labelJa ?? String(id) },
    { field: field?.labelEn ?? String(id) },
  );
}

/**
 * The schemes that fit a need, best first, at most three, with why. A scheme fits when a topic
 * the need asks about (a concept the engine weighs above zero: not 自治会 itself, which every
 * need says) is one of the scheme's (chosen by staff, or named by its words, weighing half), or when a field the group chose is one of the scheme's.
 * No scheme is added to fill the list.
 */
export function matchSchemes(need: NeedTopics, schemes: readonly SchemeTopics[]): SchemeFit[] {
  const concepts = need.terms.filter((t) => t.kind === 'concept' && t.weight > 0);
  const fits: Array<SchemeFit & { name: string }> = [];
  for (const scheme of schemes) {
    const shared = concepts.filter((t) => scheme.concepts.has(t.key) || scheme.mentioned.has(t.key));
    const fields = need.fields.filter((f) => scheme.fields.includes(f));
    if (shared.length === 0 && fields.length === 0) continue;
    const score =
      shared.reduce((sum, t) => sum + t.weight * (scheme.concepts.has(t.key) ? 1 : MENTIONED_WEIGHT), 0) +
      fields.length * FIELD_WEIGHT;
    const reasons = [
      ...shared.map((t) => conceptReason(t.key, t.text)),
      ...(fields.length > 0 ? [fieldReason(fields[0] as number)] : []),
    ].slice(0, MAX_REASONS);
    fits.push({ schemeId: scheme.id, name: scheme.name, score: Math.round(score * 1000) / 1000, reasons });
  }
  return fits
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'ja'))
    .slice(0, MAX_SCHEMES)
    .map(({ schemeId, score, reasons }) => ({ schemeId, score, reasons }));
}
