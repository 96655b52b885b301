import { stringify } from 'csv-stringify/sync';
import type ExcelJS from 'exceljs';

/** What a spreadsheet cell may hold: text or a number, never an object (exceljs reads objects as formulas). */
export type SpreadsheetCell = string | number | null | undefined;

/**
 * Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP "CSV
 * Injection"): `=`, `+`, `-`, `@`, and a leading tab or carriage return, which they skip before
 * looking again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as it is safe to put into a spreadsheet someone will open: text that a spreadsheet would
 * evaluate gets a leading `'`, which makes it plain text (staff see the `'`, and the text as typed).
 * Numbers are written as numbers: a negative number is data, not a formula.
 */
export function neutraliseCell(value: SpreadsheetCell): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The one place that writes CSV: a header line, then the rows, every cell neutralised and quoted
 * where it needs to be (comma, quote, line break), CRLF line ends and a UTF-8 BOM so that Excel
 * opens the Japanese correctly.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<SpreadsheetCell>>, columns: readonly string[]): Buffer {
  const body = stringify(
    [columns, ...rows].map((row) => row.map(neutraliseCell)),
    { record_delimiter: '\r\n', quoted_match: /^'/ },
  );
  return Buffer.from(`\uFEFF${body}`, 'utf8');
}

/**
 * Rows into an Excel sheet as plain values: text stays a string cell (exceljs never turns a string
 * into a formula, but it would turn an object such as `{ formula: … }` into one, so nothing but
 * text and numbers gets through).
 */
export function addSheetRows(sheet: ExcelJS.Worksheet, rows: ReadonlyArray<ReadonlyArray<SpreadsheetCell>>): void {
  for (const row of rows) {
    sheet.addRow(row.map((value) => (typeof value === 'number' && Number.isFinite(value) ? value : textOf(value))));
  }
}

function textOf(value: SpreadsheetCell): string {
  if (value === null || value === undefined || typeof value === 'number') return '';
  return typeof value === 'string' ? value : String(value);
}
