import { conceptById, wordsOfConcept } from '@tsunagu/shared/util';
import type { AnalysedText } from './japanese-analyser';

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

export function conceptIndexFields(text: AnalysedText): ConceptIndexFields {
  const concepts = [...text.concepts.keys()];
  const words = new Set<string>();
  for (const id of concepts) {
    const concept = conceptById(id);
    if (concept && concept.role !== 'context') for (const word of wordsOfConcept(concept)) words.add(word);
  }
  return { concepts, conceptWords: [...words].join(' ') };
}
