import { ACTIVITY_FIELDS, KITAKYUSHU_WARDS, katakanaToHiragana } from '@tsunagu/shared/util';
import type { BookEntry, DataBookOptions } from './databook-options';

export interface PlannedSection {
  readonly key: string;
  readonly title: string;
  readonly entries: readonly BookEntry[];
  readonly firstPage: number;
  readonly pages: number;
}

export interface IndexLine {
  readonly heading?: string;
  readonly name?: string;
  readonly page?: number;
}

export interface PlannedIndex {
  readonly title: string;
  readonly lines: readonly IndexLine[];
  readonly firstPage: number;
  readonly pages: number;
}

/** The good examples' section, after the helpers and before the indexes; absent when there is none. */
export interface PlannedStories {
  readonly title: string;
  readonly count: number;
  readonly perPage: number;
  readonly firstPage: number;
  readonly pages: number;
}

export interface BookPlan {
  readonly sections: readonly PlannedSection[];
  readonly stories: PlannedStories | null;
  readonly indexes: readonly PlannedIndex[];
  readonly pageOf: ReadonlyMap<string, number>;
  readonly entriesPerPage: number;
  readonly totalPages: number;
}

/** The section of the helpers that are no NPO, after the NPOs' sections. */
export const OTHER_HELPERS_SECTION = '企業・大学などの協力者';
export const STORIES_SECTION = '好事例　地域の団体とNPOなどの取り組み';
export const isNpoEntry = (entry: Pick<BookEntry, 'kind'>) => !entry.kind || entry.kind === 'NPO';

export const COVER_PAGE = 1;
export const GUIDE_PAGE = 2;
export const CONTENTS_PAGE = 3;
const FIRST_ENTRY_PAGE = 4;

const GOJUON_ROWS = ['あ', 'か', 'さ', 'た', 'な', 'は', 'ま', 'や', 'ら', 'わ'] as const;

/** Katakana → hiragana, half-width → full-width, voiced → plain: the key of the 50音 order. */
export function readingKey(entry: Pick<BookEntry, 'name' | 'nameKana'>): string {
  const source = (entry.nameKana || entry.name).normalize('NFKC');
  return katakanaToHiragana(source)
    .normalize('NFD')
    .replace(/[\u3099\u309a]/g, '')
    .normalize('NFC');
}

const ROW_LETTERS: ReadonlyArray<readonly [string, string]> = [
  ['あ', 'あいうえおぁぃぅぇぉゔ'],
  ['か', 'かきくけこ'],
  ['さ', 'さしすせそ'],
  ['た', 'たちつってと'],
  ['な', 'なにぬねの'],
  ['は', 'はひふへほ'],
  ['ま', 'まみむめも'],
  ['や', 'やゆよゃゅょ'],
  ['ら', 'らりるれろ'],
  ['わ', 'わをんゎ'],
];

/** The 50音 row (あ行, か行 …) of a reading key; 'その他' for names that do not start with kana. */
export function gojuonRow(key: string): string {
  const first = key.charAt(0);
  const row = ROW_LETTERS.find(([, letters]) => letters.includes(first));
  return row ? `${row[0]}行` : 'その他';
}

const byReading = (a: BookEntry, b: BookEntry) =>
  readingKey(a).localeCompare(readingKey(b), 'ja') || a.name.localeCompare(b.name, 'ja');

function sectionsOf(
  entries: readonly BookEntry[],
  groupBy: DataBookOptions['groupBy'],
): Array<{ key: string; title: string; entries: BookEntry[] }> {
  const groups = new Map<string, BookEntry[]>();
  for (const entry of entries) {
    // An NPO with several fields appears once, under its first field (the indexes list the rest).
    const key = groupBy === 'field' ? String(entry.fields[0] ?? 0) : (entry.ward ?? 'その他');
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const order =
    groupBy === 'field' ? [...ACTIVITY_FIELDS.map((f) => String(f.id)), '0'] : [...KITAKYUSHU_WARDS, 'その他'];
  return order
    .filter((key) => groups.has(key))
    .map((key) => ({
      key,
      title:
        groupBy === 'field'
          ? key === '0'
            ? '活動分野の登録なし'
            : `${key}. ${ACTIVITY_FIELDS[Number(key) - 1].labelJa}`
          : key,
      entries: (groups.get(key) ?? []).sort(byReading),
    }));
}

/**
 * Where everything goes, before anything is drawn: every entry has a fixed slot (entries never
 * split across pages), each section starts on a new page, so the contents and the indexes can
 * give the right page numbers in one pass and the renderer can stream pages out.
 */
export function planBook(
  entries: readonly BookEntry[],
  groupBy: DataBookOptions['groupBy'],
  layout: { entriesPerPage: number; indexLinesPerPage: number },
  storyCount = 0,
): BookPlan {
  const pageOf = new Map<string, number>();
  const sections: PlannedSection[] = [];
  let page = FIRST_ENTRY_PAGE;
  const others = entries.filter((e) => !isNpoEntry(e)).sort(byReading);
  const planned = [
    ...sectionsOf(entries.filter(isNpoEntry), groupBy),
    // Companies, university groups and others after every NPO, in one section of their own.
    ...(others.length ? [{ key: 'other-helpers', title: OTHER_HELPERS_SECTION, entries: others }] : []),
  ];
  for (const section of planned) {
    const pages = Math.ceil(section.entries.length / layout.entriesPerPage);
    section.entries.forEach((entry, i) => pageOf.set(entry.id, page + Math.floor(i / layout.entriesPerPage)));
    sections.push({ ...section, firstPage: page, pages });
    page += pages;
  }
  // A story takes more room than an entry: one slot fewer per page.
  const perPage = Math.max(1, layout.entriesPerPage - 1);
  let stories: PlannedStories | null = null;
  if (storyCount > 0) {
    stories = {
      title: STORIES_SECTION,
      count: storyCount,
      perPage,
      firstPage: page,
      pages: Math.ceil(storyCount / perPage),
    };
    page += stories.pages;
  }
  const line = (entry: BookEntry): IndexLine => ({ name: entry.name, page: pageOf.get(entry.id) ?? 0 });
  const indexSpecs: Array<{ title: string; lines: IndexLine[] }> = [];
  if (groupBy === 'field') {
    indexSpecs.push({
      title: '活動分野別さくいん',
      lines: ACTIVITY_FIELDS.flatMap((field) => {
        const inField = entries.filter((e) => e.fields.includes(field.id)).sort(byReading);
        return inField.length ? [{ heading: `${field.id}. ${field.labelJa}` }, ...inField.map(line)] : [];
      }),
    });
  }
  indexSpecs.push({
    title: '区別さくいん',
    lines: [...KITAKYUSHU_WARDS, null].flatMap((ward) => {
      const inWard = entries.filter((e) => (ward ? e.ward === ward : !e.ward)).sort(byReading);
      return inWard.length ? [{ heading: ward ?? '区の登録なし' }, ...inWard.map(line)] : [];
    }),
  });
  const rows = new Map<string, BookEntry[]>();
  for (const entry of [...entries].sort(byReading)) {
    const row = gojuonRow(readingKey(entry));
    rows.set(row, [...(rows.get(row) ?? []), entry]);
  }
  indexSpecs.push({
    title: '50音さくいん',
    lines: [...GOJUON_ROWS.map((r) => `${r}行`), 'その他'].flatMap((row) =>
      rows.has(row) ? [{ heading: row }, ...(rows.get(row) ?? []).map(line)] : [],
    ),
  });
  const indexes: PlannedIndex[] = indexSpecs.map((spec) => {
    const pages = Math.max(1, Math.ceil(spec.lines.length / layout.indexLinesPerPage));
    const planned = { ...spec, firstPage: page, pages };
    page += pages;
    return planned;
  });
  return { sections, stories, indexes, pageOf, entriesPerPage: layout.entriesPerPage, totalPages: page - 1 };
}
