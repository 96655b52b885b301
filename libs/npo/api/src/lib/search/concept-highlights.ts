import { findThesaurusWords } from '@tsunagu/shared/util';
import type { SearchHighlight } from '../graphql/npo-search-result.model';

const AROUND = 20;

/**
 * Marks, in a hit's own fields, the words that name the query's concepts: Meilisearch highlights
 * only the words it searched, and a topic is found by its concept (こども食堂 for 子供食堂).
 * Long fields are cut around the first mark, as the engine's crop does.
 */
export function conceptHighlights(
  fields: ReadonlyArray<readonly [field: string, text: string | null]>,
  concepts: readonly string[],
  cropped: ReadonlySet<string>,
): SearchHighlight[] {
  const wanted = new Set(concepts);
  return fields.flatMap(([field, raw]) => {
    if (!raw) return [];
    const text = raw.normalize('NFKC');
    const hits = findThesaurusWords(text).filter((h) => h.concepts.some((c) => wanted.has(c)));
    const [first] = hits;
    if (!first) return [];
    // The crop is chosen on the plain text and the marks are put in afterwards, so a cut never
    // falls inside a tag (a half tag showed as 「‹ma…」) and a word at the edge is kept whole.
    let from = 0;
    let to = text.length;
    if (cropped.has(field) && text.length > AROUND * 2) {
      from = Math.max(0, first.start - AROUND);
      to = Math.min(text.length, first.end + AROUND);
      const straddling = hits.find((h) => h.start < to && h.end > to);
      if (straddling) to = straddling.end;
    }
    let snippet = from > 0 ? '…' : '';
    let at = from;
    for (const hit of hits.filter((h) => h.start >= from && h.end <= to)) {
      snippet += `${text.slice(at, hit.start)}<mark>${hit.text}</mark>`;
      at = hit.end;
    }
    snippet += text.slice(at, to) + (to < text.length ? '…' : '');
    return [{ field, snippet }];
  });
}
