import { CIVIC_THESAURUS } from './civic-thesaurus.generated';
import type { ThesaurusConcept } from './thesaurus.types';

export type { ConceptRole, ThesaurusConcept } from './thesaurus.types';

/** How words are compared: NFKC (ＡＥＤ = AED, half-width kana = full-width) and lower-case Latin. */
export function wordKey(word: string): string {
  return word.normalize('NFKC').toLowerCase();
}

export const CIVIC_CONCEPTS: readonly ThesaurusConcept[] = CIVIC_THESAURUS.concepts;
const BY_ID = new Map(CIVIC_CONCEPTS.map((c) => [c.id, c]));
const STOP_WORDS = new Set(CIVIC_THESAURUS.stopWords.map(wordKey));

export function conceptById(id: string): ThesaurusConcept | undefined {
  return BY_ID.get(id);
}

/** Every word of a concept: the hand-kept ones and the reviewed Sudachi synonyms. */
export function wordsOfConcept(concept: ThesaurusConcept): readonly string[] {
  return [...concept.words, ...concept.sudachi.words];
}

const WORD_CONCEPTS = new Map<string, string[]>();
for (const concept of CIVIC_CONCEPTS) {
  for (const word of wordsOfConcept(concept)) {
    const key = wordKey(word);
    const ids = WORD_CONCEPTS.get(key) ?? [];
    if (!ids.includes(concept.id)) ids.push(concept.id);
    WORD_CONCEPTS.set(key, ids);
  }
}

/** The concepts a word (as written, or its dictionary form) belongs to. */
export function conceptsOfWord(word: string): readonly string[] {
  return WORD_CONCEPTS.get(wordKey(word)) ?? [];
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(wordKey(word));
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  word?: string;
}

function trieOf(keys: Iterable<string>): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const key of keys) {
    let node = root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    node.word = key;
  }
  return root;
}

const INFLECTED_CONCEPTS = new Map(WORD_CONCEPTS);
for (const concept of CIVIC_CONCEPTS) {
  for (const form of concept.inflections) {
    const key = wordKey(form);
    // A form that is a word of its own (学び) keeps that word's concepts, as the analyser reads it.
    if (WORD_CONCEPTS.has(key)) continue;
    INFLECTED_CONCEPTS.set(key, [...new Set([...(INFLECTED_CONCEPTS.get(key) ?? []), concept.id])]);
  }
}
// Stop words are in the tries too, as words of their own that yield no hit: a concept word that
// begins inside one is not there (催し in 開催し, the verb 開催する, is no festival).
const blockers = [...STOP_WORDS].filter((w) => [...w].length >= 2);
const TRIE = trieOf([...WORD_CONCEPTS.keys(), ...blockers]);
const INFLECTED_TRIE = trieOf([...INFLECTED_CONCEPTS.keys(), ...blockers]);

export interface ThesaurusHit {
  /** offsets in the NFKC form of the text */
  readonly start: number;
  readonly end: number;
  /** the words as written in the text */
  readonly text: string;
  readonly concepts: readonly string[];
}

const LATIN_OR_DIGIT = /[a-z0-9]/i;
const KATAKANA = /[\p{Script=Katakana}ー]/u;

/**
 * The thesaurus's words in a text, longest first and without overlaps (子ども食堂 before 子ども):
 * the civic user dictionary, so that compounds a general dictionary cuts up (子ども/食堂,
 * 回覧/板) stay one word. Latin and katakana words count only as whole words. `inflected` also
 * finds the verbs' inflected forms (見守っ of 見守っています), for indexing without a tokenizer.
 */
export function findThesaurusWords(text: string, options: { inflected?: boolean } = {}): ThesaurusHit[] {
  const [trie, concepts] = options.inflected ? [INFLECTED_TRIE, INFLECTED_CONCEPTS] : [TRIE, WORD_CONCEPTS];
  const normalized = text.normalize('NFKC');
  const lower = normalized.toLowerCase();
  const hits: ThesaurusHit[] = [];
  let i = 0;
  while (i < lower.length) {
    let node: TrieNode | undefined = trie;
    let best: { end: number; word: string } | undefined;
    for (let j = i; j < lower.length; j++) {
      node = node.next.get(lower[j]);
      if (!node) break;
      if (node.word && isWholeWord(lower, i, j + 1, node.word)) best = { end: j + 1, word: node.word };
    }
    if (best && !concepts.has(best.word)) i = best.end;
    else if (best) {
      hits.push({
        start: i,
        end: best.end,
        text: normalized.slice(i, best.end),
        concepts: concepts.get(best.word) ?? [],
      });
      i = best.end;
    } else i++;
  }
  return hits;
}

// A Latin word (IT, PC) or a katakana word (ケア, サロン) counts only when the text's run of the
// same script is exactly the word: IT is not in ITEM, ケア not in ケアマネジャー's neighbour スケア.
function isWholeWord(text: string, start: number, end: number, word: string): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  for (const script of [LATIN_OR_DIGIT, KATAKANA]) {
    if (script.test(word[0]) && script.test(before)) return false;
    if (script.test(word[word.length - 1]) && script.test(after)) return false;
  }
  return true;
}

/**
 * Activity fields suggested for a text as it is typed: the fields of the topics it names, the
 * concept's main field counting double, most-supported first (at most `limit`).
 */
export function suggestFields(text: string, limit = 3): number[] {
  const votes = new Map<number, number>();
  for (const hit of findThesaurusWords(text)) {
    for (const id of hit.concepts) {
      const concept = BY_ID.get(id);
      if (!concept || concept.role === 'context') continue;
      concept.fields.forEach((field, rank) => votes.set(field, (votes.get(field) ?? 0) + (rank === 0 ? 2 : 1)));
    }
  }
  return [...votes.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([field]) => field);
}
