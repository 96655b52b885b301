import { SIZES, drawPaper } from './paper-blocks.drawing';
import type { PaperBlock, PaperContent } from './paper-content';
import { paperDocument } from './paper-document';

/** Draws the paper and notes, for every piece of text, the page it landed on and its type size. */
function draw(content: PaperContent) {
  const doc = paperDocument({ title: 't', author: 't' });
  let page = 0;
  doc.on('pageAdded', () => (page += 1));
  const placed: Array<{ text: string; page: number; size: number }> = [];
  const text = doc.text.bind(doc) as (...args: unknown[]) => typeof doc;
  (doc as unknown as { text: (...args: unknown[]) => typeof doc }).text = (...args: unknown[]) => {
    placed.push({ text: String(args[0]), page, size: (doc as unknown as { _fontSize: number })._fontSize });
    return text(...args);
  };
  drawPaper(doc, content);
  doc.end();
  return { placed, pages: page };
}

const block = (n: number): PaperBlock => ({
  heading: `募集 ${n}`,
  lines: Array.from({ length: 6 }, (_, i) => ({
    text: `ブロック${n}の${i}行目。お手伝いしてくれる方を探しています。`,
    indent: i > 0,
  })),
});
const content = (blocks: PaperBlock[]): PaperContent => ({
  from: '黒崎市民センターからのお知らせ',
  title: '黒崎四丁目町内会 様',
  printedOn: '2026年12月3日 印刷',
  blocks,
  footer: 'わからないことは、黒崎市民センター（電話 093-600-0000）へ。',
});

describe('a paper of blocks', () => {
  it('flows over several pages without cutting a block, and every page has the footer', () => {
    const { placed, pages } = draw(content(Array.from({ length: 14 }, (_, i) => block(i))));
    expect(pages).toBeGreaterThan(1);
    for (let n = 0; n < 14; n++) {
      const own = placed.filter((p) => p.text.startsWith(`ブロック${n}の`) || p.text === `募集 ${n}`);
      expect(own).toHaveLength(7);
      expect(new Set(own.map((p) => p.page)).size).toBe(1);
    }
    const footers = placed.filter((p) => p.text.startsWith('わからないことは'));
    expect(footers.map((p) => p.page)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
  });

  it('draws no text under 14 pt', () => {
    const { placed } = draw(content([block(1)]));
    expect(Math.min(...placed.map((p) => p.size))).toBeGreaterThanOrEqual(SIZES.body);
    expect(SIZES.body).toBeGreaterThanOrEqual(14);
  });

  it('lets a block taller than a page flow rather than lose it', () => {
    const long: PaperBlock = {
      heading: '長い募集',
      lines: Array.from({ length: 80 }, (_, i) => ({ text: `長い${i}行目` })),
    };
    const { placed, pages } = draw(content([long]));
    expect(placed.filter((p) => p.text.startsWith('長い') && p.text.endsWith('行目'))).toHaveLength(80);
    expect(pages).toBeGreaterThan(1);
  });
});
