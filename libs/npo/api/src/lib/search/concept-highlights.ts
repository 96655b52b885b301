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
    if (hits.length === 0) return [];
    let snippet = '';
    let at = 0;
    for (const hit of hits) {
      snippet += `${text.slice(at, hit.start)}<mark>${hit.text}</mark>`;
      at = hit.end;
    }
    snippet += text.slice(at);
    if (cropped.has(field) && text.length > AROUND * 2) {
      const first = snippet.indexOf('<mark>');
      const start = Math.max(0, first - AROUND);
      const end = Math.min(snippet.length, snippet.indexOf('</mark>') + 7 + AROUND);
      snippet = `${start > 0 ? '…' : ''}${snippet.slice(start, end)}${end < snippet.length ? '…' : ''}`;
      // a mark cut in half by the crop is closed or dropped
      if (snippet.lastIndexOf('<mark>') > snippet.lastIndexOf('</mark>'))
        snippet = snippet.replace(/<mark>(?!.*<\/mark>)/, '');
    }
    return [{ field, snippet }];
  });
}
