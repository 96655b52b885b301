import { conceptById } from '@tsunagu/shared/util';
import type { JapaneseAnalyser } from './japanese-analyser';

/** A search box's words as an index with concepts reads them. */
export interface ConceptQuery {
  /** the words left to search as typed ('' when the topics say it all) */
  readonly q: string;
  /** the topic concepts the words name, each a filter the hits must pass */
  readonly concepts: readonly string[];
}

/**
 * Each topic the words name (子供食堂, こども食堂 and 子ども食堂 are one) becomes a filter on the
 * documents' concepts, so every spelling finds the same documents and the total counts what does
 * it; when other words stand beside them, the words are searched as typed too. Who asks
 * (町内会の…) is dropped once a topic is named. Without a
 * topic the words are searched as typed.
 */
export function conceptQuery(analyser: JapaneseAnalyser, raw: string): ConceptQuery {
  const text = analyser.analyse(raw);
  const concepts = [...text.concepts.keys()].filter((id) => conceptById(id)?.role !== 'context');
  if (concepts.length === 0) return { q: raw, concepts: [] };
  // Other words besides the topics (a place, an NPO's name) are searched as typed, so a name
  // such as 到津高齢者見守り応援団 is still found whole; topics alone need no words at all.
  const otherWords = text.words.some((w) => w.concepts.length === 0);
  return { q: otherWords ? raw : '', concepts };
}
