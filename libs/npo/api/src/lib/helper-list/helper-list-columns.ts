/** The columns a helper list may have, each named in Japanese first, with English aliases. */
export type HelperListColumn =
  'kind' | 'name' | 'nameKana' | 'ward' | 'address' | 'purpose' | 'fields' | 'corporateNumber' | 'website' | 'note';

/** The header as staff write it (the first name) and the other names accepted for it. */
export const HELPER_LIST_COLUMNS: ReadonlyArray<{ column: HelperListColumn; names: readonly string[] }> = [
  { column: 'kind', names: ['種別', '区分', 'kind', 'type'] },
  { column: 'name', names: ['名称', '団体名', '企業名', 'name'] },
  { column: 'nameKana', names: ['よみがな', 'ふりがな', 'フリガナ', 'ヨミガナ', 'reading', 'kana', 'nameKana'] },
  { column: 'ward', names: ['区', 'ward'] },
  { column: 'address', names: ['住所', '所在地', 'address'] },
  { column: 'purpose', names: ['できること', '活動内容', 'canDo', 'purpose', 'what'] },
  { column: 'fields', names: ['分野', '活動分野', 'fields', 'field'] },
  { column: 'corporateNumber', names: ['法人番号', 'corporateNumber', 'corporate_number'] },
  { column: 'website', names: ['ウェブサイト', 'ホームページ', 'website', 'url'] },
  { column: 'note', names: ['備考', 'note', 'notes', 'remarks'] },
];

/** Without these a list cannot say what a helper is. */
export const REQUIRED_HELPER_LIST_COLUMNS: readonly HelperListColumn[] = ['kind', 'name', 'purpose'];

const fold = (header: string) =>
  header
    .normalize('NFKC')
    .replace(/[\s_\-・]/g, '')
    .toLowerCase();

const BY_NAME = new Map<string, HelperListColumn>(
  HELPER_LIST_COLUMNS.flatMap(({ column, names }) => names.map((n) => [fold(n), column] as const)),
);

/** The column a header cell names, or null for a column the list import does not know. */
export function helperListColumnOf(header: string): HelperListColumn | null {
  return BY_NAME.get(fold(header)) ?? null;
}

/** The Japanese header of a column, as the example CSV and the rejections name it. */
export function helperListHeader(column: HelperListColumn): string {
  return HELPER_LIST_COLUMNS.find((c) => c.column === column)?.names[0] ?? column;
}
