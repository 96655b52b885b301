import { CsvError, parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import {
  type HelperListColumn,
  helperListColumnOf,
  REQUIRED_HELPER_LIST_COLUMNS,
  helperListHeader,
} from './helper-list-columns';
import { HelperListFormatError } from './helper-list-format.error';
import { HELPER_LIST_LIMITS as LIMITS } from './helper-list-limits.constant';
import { helperListMessages as m } from './helper-list.messages';

export type HelperListEncoding = 'utf8' | 'cp932';

export interface HelperListRow {
  /** as a spreadsheet shows it: the header is row 1 */
  rowNumber: number;
  cells: Partial<Record<HelperListColumn, string>>;
}

export interface HelperListFile {
  encoding: HelperListEncoding;
  rows: HelperListRow[];
  /** header cells the import does not know, as written */
  unknownColumns: string[];
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A valid UTF-8 decode wins (Excel's 「CSV UTF-8」 and most tools); anything else is taken as
 * CP932, which is what Excel writes for a plain 「CSV」 on a Japanese PC. Plain ASCII is both.
 */
export function decodeHelperList(bytes: Buffer): { text: string; encoding: HelperListEncoding } {
  const body = bytes.subarray(0, 3).equals(UTF8_BOM) ? bytes.subarray(3) : bytes;
  try {
    return { text: strictUtf8.decode(body), encoding: 'utf8' };
  } catch {
    return { text: iconv.decode(body, 'cp932'), encoding: 'cp932' };
  }
}

/** Refuses what is plainly not a CSV before any row is read. */
function refuseNonCsv(bytes: Buffer): void {
  if (bytes.length === 0) throw new HelperListFormatError(m.empty);
  if (bytes.length > LIMITS.maxFileBytes)
    throw new HelperListFormatError(m.tooBig, { megabytes: LIMITS.maxFileBytes / 1024 / 1024 });
  if (bytes.subarray(0, 2).toString('latin1') === 'PK') throw new HelperListFormatError(m.zip);
  // Text never holds NUL, nor many control characters; a picture, a PDF or an .xlsx does.
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) throw new HelperListFormatError(m.binary);
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control++;
  }
  if (control > head.length / 100) throw new HelperListFormatError(m.binary);
}

/** The whole list, read and checked as a file (the rows are checked one by one afterwards). */
export function readHelperList(bytes: Buffer): HelperListFile {
  refuseNonCsv(bytes);
  const { text, encoding } = decodeHelperList(bytes);
  if (text.trim() === '') throw new HelperListFormatError(m.empty);
  if (/^\s*</.test(text)) throw new HelperListFormatError(m.html);
  let records: string[][];
  try {
    // Empty lines are kept so that row numbers stay those a spreadsheet shows.
    records = parse(text, {
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: LIMITS.maxCellCharacters * LIMITS.maxColumns,
      to_line: LIMITS.maxRows + 2,
    }) as string[][];
  } catch (error) {
    const detail = error instanceof CsvError ? error.code : 'CSV';
    throw new HelperListFormatError(m.unreadableCsv, { detail });
  }
  const [header = [], ...body] = records;
  if (header.length > LIMITS.maxColumns || body.some((r) => r.length > LIMITS.maxColumns * 2))
    throw new HelperListFormatError(m.tooManyColumns, { max: LIMITS.maxColumns });
  const columns = header.map((cell) => helperListColumnOf(cell));
  if (!columns.some((c) => c !== null)) throw new HelperListFormatError(m.noHeader);
  const missing = REQUIRED_HELPER_LIST_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0)
    throw new HelperListFormatError(m.missingColumns, { columns: missing.map(helperListHeader).join('、') });
  if (body.length > LIMITS.maxRows) throw new HelperListFormatError(m.tooManyRows, { max: LIMITS.maxRows });
  const unknownColumns = header.filter((cell, i) => columns[i] === null && cell.trim() !== '').map((c) => c.trim());

  const rows: HelperListRow[] = [];
  body.forEach((record, index) => {
    if (record.every((cell) => cell.trim() === '')) return;
    const cells: HelperListRow['cells'] = {};
    columns.forEach((column, i) => {
      // The first of two columns of the same meaning wins; a later one is not a second truth.
      if (column && cells[column] === undefined) cells[column] = record[i] ?? '';
    });
    rows.push({ rowNumber: index + 2, cells });
  });
  if (rows.length === 0) throw new HelperListFormatError(m.noRows);
  return { encoding, rows, unknownColumns };
}
