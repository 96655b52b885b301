import { conceptById, findThesaurusWords, isStopWord, wordsOfConcept } from '@tsunagu/shared/util';

/** What a search document carries of its text's concepts. */
export interface ConceptIndexFields {
  /** concept ids, filterable: a query naming a concept finds every text that has it */
  readonly concepts: string[];
  /**
   * every word of those concepts, searchable: a query word of the concept written another way
   * (子供食堂 for こども食堂) still finds the text, and ranks by it
   */
  readonly conceptWords: string;
}

/**
 * The concepts of a search document's text, by the dictionary pass with the verbs' inflected
 * forms (見守っています): the same concepts as the full analysis gives (checked on the fixture and
 * the generated national file), without loading the morphological dictionary in the indexer.
 */
export function conceptIndexFields(text: string): ConceptIndexFields {
  const hits = findThesaurusWords(text, { inflected: true }).filter((hit) => !isStopWord(hit.text));
  const concepts = [...new Set(hits.flatMap((hit) => hit.concepts))];
  const words = new Set<string>();
  for (const id of concepts) {
    const concept = conceptById(id);
    if (concept && concept.role !== 'context') for (const word of wordsOfConcept(concept)) words.add(word);
  }
  return { concepts, conceptWords: [...words].join(' ') };
}
