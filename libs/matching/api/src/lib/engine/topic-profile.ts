import { type AnalysedText, keyOf } from '@tsunagu/language/api';
import { conceptById } from '@tsunagu/shared/util';

/** What a text is about, as matching compares it: its concepts and its other content words. */
export interface TopicProfile {
  /** concept id → the words of the text that name it, as written */
  readonly concepts: ReadonlyMap<string, readonly string[]>;
  /** comparison keys of the content words that name no concept */
  readonly words: ReadonlySet<string>;
}

export function topicProfile(text: AnalysedText): TopicProfile {
  const words = new Set<string>();
  for (const word of text.words) {
    if (word.concepts.length === 0) words.add(keyOf(word));
    // A helper that says 余剰食品 talks about 食品 too, as a need may say it plainly.
    for (const part of word.parts) words.add(part);
  }
  return { concepts: text.concepts, words };
}

/** A need's concept or word, with how much it says about what is needed. */
export interface NeedTerm {
  readonly kind: 'concept' | 'word';
  /** concept id, or the word's comparison key */
  readonly key: string;
  /** the need's own word, as written (what a reason quotes) */
  readonly text: string;
  readonly weight: number;
}

const TITLE = 1.5;
const BODY = 1;
// Who asks and where (自治会, 市民センター) is in every need; who it is for (高齢者, 子ども) is a
// broad hint; a plain word outside the thesaurus may be a key word (竹やぶ) or noise.
const ROLE_WEIGHT = { topic: 1, audience: 0.5, context: 0 } as const;
const PLAIN_WORD = 0.45;
// What the need asks for (演奏してくれる方) outweighs the occasion it is for (敬老会で).
const ASKED = 1.5;
// What a reason clause says of the askers themselves (役員が高齢になり、) is who asks: context.
const ABOUT_ASKERS = 0;

/** The terms of a need: its title's and description's concepts and words, title weighing more. */
export function needTerms(title: AnalysedText, description: AnalysedText): NeedTerm[] {
  const terms = new Map<string, NeedTerm>();
  const add = (term: NeedTerm) => {
    const id = `${term.kind}:${term.key}`;
    const existing = terms.get(id);
    if (term.weight > 0 && (!existing || existing.weight < term.weight)) terms.set(id, term);
  };
  for (const [text, weight] of [
    [title, TITLE],
    [description, BODY],
  ] as const) {
    for (const [id, named] of text.concepts) {
      const role = conceptById(id)?.role ?? 'topic';
      const naming = text.words.filter((w) => w.concepts.includes(id));
      const asked = role === 'topic' && naming.some((w) => w.asked);
      const askers = naming.length > 0 && naming.every((w) => w.aboutAskers);
      add({
        kind: 'concept',
        key: id,
        text: named[0],
        weight: weight * ROLE_WEIGHT[role] * (asked ? ASKED : 1) * (askers ? ABOUT_ASKERS : 1),
      });
    }
    for (const word of text.words) {
      if (word.concepts.length > 0) continue;
      const factor = (word.asked ? ASKED : 1) * (word.aboutAskers ? ABOUT_ASKERS : 1);
      add({ kind: 'word', key: keyOf(word), text: word.text, weight: weight * PLAIN_WORD * factor });
    }
  }
  return [...terms.values()].sort((a, b) => b.weight - a.weight);
}
