import type { BookEntry } from './databook-options';
import { OTHER_HELPERS_SECTION, planBook } from './databook-plan';

const entry = (id: string, name: string, ward: string, fields: number[], kind?: string): BookEntry => ({
  id,
  kind,
  name,
  nameKana: null,
  ward,
  address: null,
  representative: null,
  establishedOn: null,
  fields,
  description: '',
  descriptionIsOwn: false,
  helpKinds: [],
  contact: null,
  certified: false,
  pageUrl: `https://example.jp/npos/${id}`,
});

describe(planBook.name, () => {
  const layout = { entriesPerPage: 2, indexLinesPerPage: 40 };
  const npos = [entry('a', 'あおぞらの会', '戸畑区', [1]), entry('b', 'みどりの会', '若松区', [7])];
  const others = [
    entry('u', 'だいがくゼミ', '小倉南区', [14], 'UNIVERSITY'),
    entry('c', 'かぶしきがいしゃ', '戸畑区', [14], 'COMPANY'),
  ];

  it('puts the companies, university groups and others after every NPO, in one section of their own', () => {
    const plan = planBook([...others, ...npos], 'field', layout);
    const titles = plan.sections.map((s) => s.title);
    expect(titles.at(-1)).toBe(OTHER_HELPERS_SECTION);
    expect(plan.sections.at(-1)?.entries.map((e) => e.id)).toEqual(['c', 'u']);
    // the NPOs' sections hold the NPOs only, by field as before
    expect(plan.sections.slice(0, -1).flatMap((s) => s.entries.map((e) => e.id))).toEqual(['a', 'b']);
    // listed in the indexes like any entry
    const kana = plan.indexes.find((i) => i.title === '50音さくいん');
    expect(kana?.lines.map((l) => l.name)).toContain('かぶしきがいしゃ');
  });

  it('has no such section when the book holds NPOs only', () => {
    expect(planBook(npos, 'ward', layout).sections.map((s) => s.title)).not.toContain(OTHER_HELPERS_SECTION);
  });
});
