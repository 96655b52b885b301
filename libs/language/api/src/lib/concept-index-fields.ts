import { findThesaurusWords, isStopWord } from '@tsunagu/shared/util';

/** What a search document carries of its text's concepts. */
export interface ConceptIndexFields {
  /**
   * concept ids, filterable: a query naming a concept (in any spelling) finds every text that
   * has it. The concepts' words themselves are not added to the document: a topic is searched
   * by its concept (conceptQuery), and every extra word would slow indexing for nothing.
   */
  readonly concepts: string[];
}

/**
 * The concepts of a search document's text, by the dictionary pass with the verbs' inflected
 * forms (見守っています): the same concepts as the full analysis gives (checked on the fixture and
 * the generated national file), without loading the morphological dictionary in the indexer.
 */
export function conceptIndexFields(text: string): ConceptIndexFields {
  const hits = findThesaurusWords(text, { inflected: true }).filter((hit) => !isStopWord(hit.text));
  return { concepts: [...new Set(hits.flatMap((hit) => hit.concepts))] };
}
