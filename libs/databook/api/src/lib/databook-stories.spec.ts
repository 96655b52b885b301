import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BookEntry, BookStory } from './databook-options';
import { STORIES_SECTION, planBook } from './databook-plan';
import { renderDataBook } from './databook-renderer';

const entry = (id: string, name: string, ward: string, fields: number[]): BookEntry => ({
  id,
  name,
  nameKana: null,
  ward,
  address: null,
  representative: null,
  establishedOn: null,
  fields,
  description: '地域の子どもたちの居場所をつくっています。',
  descriptionIsOwn: false,
  helpKinds: [],
  contact: null,
  certified: false,
  pageUrl: `https://example.jp/npos/${id}`,
});
const story = (n: number): BookStory => ({
  id: `s${n}`,
  title: `夏休みの子ども食堂を、自治会とNPOでいっしょに ${n}`,
  byline: '黒崎三丁目自治会（八幡西区）と NPO法人 くろさき子ども食堂',
  groupText: '夏休みの4日間、市民センターで子ども食堂を開き、のべ80人の子どもが来てくれました。'.repeat(6),
  helperText: 'アレルギーの確認と受付の名簿のつくり方をお伝えし、配膳と見守りを担当しました。'.repeat(6),
  pageUrl: `https://example.jp/stories/s${n}`,
});

describe('the data book’s good examples', () => {
  const npos = [entry('a', 'あおぞらの会', '戸畑区', [1]), entry('b', 'みどりの会', '若松区', [7])];

  it('plans them after the helpers and before the indexes, one fewer to a page than entries', () => {
    const plan = planBook(npos, 'field', { entriesPerPage: 3, indexLinesPerPage: 40 }, 5);
    const lastSection = plan.sections.at(-1)!;
    expect(plan.stories).toMatchObject({ title: STORIES_SECTION, count: 5, perPage: 2, pages: 3 });
    expect(plan.stories!.firstPage).toBe(lastSection.firstPage + lastSection.pages);
    expect(plan.indexes[0].firstPage).toBe(plan.stories!.firstPage + 3);
  });

  it('has no such section without a published story, and the pages stay as they were', () => {
    const layout = { entriesPerPage: 3, indexLinesPerPage: 40 };
    expect(planBook(npos, 'field', layout).stories).toBeNull();
    expect(planBook(npos, 'field', layout, 0).totalPages).toBe(planBook(npos, 'field', layout).totalPages);
  });

  it('draws every story on its planned page, however long the texts', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'databook-stories-')), 'book.pdf');
    const stories = [1, 2, 3].map(story);
    const result = await renderDataBook(npos, { groupBy: 'ward', editionYear: 2026 }, file, undefined, stories);
    expect(result.plan.stories?.pages).toBe(2);
    expect(result.pages).toBe(result.plan.totalPages);
  });
});
