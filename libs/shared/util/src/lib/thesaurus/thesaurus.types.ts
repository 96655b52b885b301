/** What a concept is in a need or a helper's text. */
export type ConceptRole = 'topic' | 'audience' | 'context';

export interface ThesaurusConcept {
  readonly id: string;
  /** the concept's name in plain Japanese, as a reason shows it */
  readonly ja: string;
  readonly en: string;
  /**
   * topic: what is needed or done; audience: who it is for (weighs less);
   * context: who asks or where — every need says it, so it is never a reason on its own.
   */
  readonly role: ConceptRole;
  /** statutory activity fields (1–20) the concept belongs to, the main one first */
  readonly fields: readonly number[];
  /** the hand-kept words */
  readonly words: readonly string[];
  /** words the Sudachi synonym dictionary adds (reviewed; refused ones left out) */
  readonly sudachi: { readonly groups: readonly string[]; readonly words: readonly string[] };
  /** inflected forms of its verbs (見守っ, 見守ら …), for finding concepts without a tokenizer */
  readonly inflections: readonly string[];
}

export interface ThesaurusData {
  readonly source: string;
  /** words every need or NPO text says, which tell nothing about who fits */
  readonly stopWords: readonly string[];
  readonly concepts: readonly ThesaurusConcept[];
}
