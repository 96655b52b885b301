import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { helperListMessages } from './helper-list.messages';

export const HELPER_LIST_MAX_BYTES = 5 * 1024 * 1024;
export const HELPER_LIST_MAX_ROWS = 5_000;
export const HELPER_LIST_MAX_COLUMNS = 100;
export const HELPER_LIST_MAX_CELL = 2_000;

/** The columns a list may have; what each header may be called (Japanese first, English aliases). */
export const HELPER_LIST_COLUMNS = {
  kind: ['種別', '種類', 'kind', 'type'],
  name: ['名称', '名前', '団体名', 'name'],
  nameKana: ['よみがな', 'ふりがな', 'フリガナ', 'ヨミガナ', 'kana', 'reading'],
  ward: ['区', 'ward'],
  address: ['住所', '所在地', 'address'],
  purpose: ['できること', '活動内容', 'what it can do', 'can do', 'purpose'],
  fields: ['分野', '活動分野', 'fields', 'field'],
  corporateNumber: ['法人番号', 'corporate number', 'corporatenumber'],
  website: ['ウェブサイト', 'ホームページ', 'website', 'url'],
  note: ['備考', 'メモ', 'note', 'notes', 'remarks'],
} as const;

export type HelperListColumn = keyof typeof HELPER_LIST_COLUMNS;

/** One row of the list as written, with its row number as a spreadsheet shows it (header = 1). */
export interface HelperListCells {
  readonly rowNumber: number;
  readonly cells: Partial<Record<HelperListColumn, string>>;
}

export interface HelperListFile {
  readonly encoding: 'UTF-8' | 'CP932';
  readonly rows: HelperListCells[];
  /** header names no column of the list is known by: ignored, and said in the run's message */
  readonly ignoredColumns: string[];
}

/** The file is not a list at all: nothing is read from it. */
export class HelperListFormatError extends Error {
  constructor(readonly reason: { ja: string; en: string }) {
    super(reason.ja);
  }
}

const headerKey = (header: string) =>
  header
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
const ALIASES = new Map<string, HelperListColumn>(
  Object.entries(HELPER_LIST_COLUMNS).flatMap(([column, names]) =>
    names.map((n) => [headerKey(n), column as HelperListColumn] as const),
  ),
);

/** A valid UTF-8 decode wins (with or without BOM); anything else is read as CP932, as Excel writes it in Japan. */
export function decodeHelperList(bytes: Buffer): { text: string; encoding: 'UTF-8' | 'CP932' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(bytes, 'cp932'), encoding: 'CP932' };
  }
}

/** ZIP/XLSX, PDF, pictures, anything with NUL bytes, and web pages are refused before parsing. */
function looksBinaryOrHtml(bytes: Buffer, text: string): boolean {
  const head = bytes.subarray(0, 8).toString('latin1');
  if (head.startsWith('PK') || head.startsWith('%PDF') || head.startsWith('\x89PNG') || head.startsWith('\xff\xd8')) {
    return true;
  }
  if (bytes.subarray(0, 64 * 1024).includes(0)) return true;
  return /^\s*<(!doctype|html|\?xml|head|body)/i.test(text.slice(0, 512));
}

/** Reads a list file: decoding, limits, header mapping. Throws HelperListFormatError when it is not a list. */
export function readHelperListFile(bytes: Buffer): HelperListFile {
  if (bytes.length === 0) throw new HelperListFormatError(helperListMessages.empty);
  if (bytes.length > HELPER_LIST_MAX_BYTES) throw new HelperListFormatError(helperListMessages.tooLarge);
  const { text, encoding } = decodeHelperList(bytes);
  if (looksBinaryOrHtml(bytes, text)) throw new HelperListFormatError(helperListMessages.notCsv);
  if (text.trim() === '') throw new HelperListFormatError(helperListMessages.empty);
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: HELPER_LIST_MAX_CELL * 20,
      to_line: HELPER_LIST_MAX_ROWS + 2,
    }) as string[][];
  } catch (error) {
    // A record too long for the parser: on the header, that is a sea of columns; below, a huge cell.
    const { code, lines } = error as { code?: string; lines?: number };
    if (code === 'CSV_MAX_RECORD_SIZE') {
      throw new HelperListFormatError(
        (lines ?? 1) <= 1 ? helperListMessages.tooManyColumns : helperListMessages.cellTooLong,
      );
    }
    throw new HelperListFormatError(helperListMessages.unreadable);
  }
  const [header, ...body] = records;
  if (!header) throw new HelperListFormatError(helperListMessages.empty);
  if (header.length > HELPER_LIST_MAX_COLUMNS) throw new HelperListFormatError(helperListMessages.tooManyColumns);
  const columns = header.map((h) => ALIASES.get(headerKey(h)) ?? null);
  if (!columns.includes('name') || !columns.includes('kind') || !columns.includes('purpose')) {
    throw new HelperListFormatError(helperListMessages.headerMissing);
  }
  if (body.length > HELPER_LIST_MAX_ROWS) throw new HelperListFormatError(helperListMessages.tooManyRows);
  const rows: HelperListCells[] = [];
  body.forEach((record, index) => {
    if (record.every((cell) => cell.trim() === '')) return;
    const cells: Partial<Record<HelperListColumn, string>> = {};
    columns.forEach((column, i) => {
      if (column && cells[column] === undefined) cells[column] = record[i] ?? '';
    });
    // Blank lines are kept by the parser so that each record is the row a spreadsheet shows.
    rows.push({ rowNumber: index + 2, cells });
  });
  if (rows.length === 0) throw new HelperListFormatError(helperListMessages.noRows);
  const ignoredColumns = header.filter((h, i) => columns[i] === null && h.trim() !== '').map((h) => h.trim());
  return { encoding, rows, ignoredColumns };
}
