import { findThesaurusWords } from '@tsunagu/shared/util';
import { conceptHighlights } from './concept-highlights';

const conceptsOf = (word: string) => findThesaurusWords(word).flatMap((h) => h.concepts);

describe('the words of a concept marked in an NPO’s own texts', () => {
  const concepts = conceptsOf('子ども食堂');

  it('marks every way of writing the topic in a short field', () => {
    const [h] = conceptHighlights([['purpose', '毎週、こども食堂と子供食堂を開いています']], concepts, new Set());
    expect(h?.snippet).toBe('毎週、<mark>こども食堂</mark>と<mark>子供食堂</mark>を開いています');
  });

  it('cuts a long field around the first mark without ever cutting a tag or a marked word in half', () => {
    // The second mark starts just before the crop's end: a cut on the marked text fell inside it.
    for (let gap = 0; gap < 30; gap++) {
      const text = `${'あ'.repeat(30)}子ども食堂${'い'.repeat(gap)}こども食堂${'う'.repeat(40)}`;
      const [h] = conceptHighlights([['purpose', text]], concepts, new Set(['purpose']));
      const snippet = h?.snippet ?? '';
      const plain = snippet.replace(/<\/?mark>/g, '');
      expect(snippet.match(/<mark>/g)?.length).toBe(snippet.match(/<\/mark>/g)?.length);
      expect(plain).not.toMatch(/[<>]/);
      expect(snippet).toContain('<mark>子ども食堂</mark>');
      expect(snippet.startsWith('…') && snippet.endsWith('…')).toBe(true);
      // a marked word is whole or not there at all
      expect(plain.replace(/^…|…$/g, '')).not.toMatch(/^.*こども食$|こど$|こ$/);
    }
  });
});
