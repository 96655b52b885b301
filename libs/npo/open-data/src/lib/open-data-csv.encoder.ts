import iconv from 'iconv-lite';
import { OPEN_DATA_COLUMNS, type OpenDataRow } from './open-data-columns.constant';

/** How the file is written: as published (cp932, CRLF) or as a user re-saved it. */
export type OpenDataEncoding = 'cp932' | 'utf8' | 'utf8-bom';

export interface EncodeOpenDataCsvOptions {
  encoding?: OpenDataEncoding;
  lineEnding?: '\r\n' | '\n';
}

const NEEDS_QUOTES = /[",\r\n]/;

function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 text of the header plus rows; line breaks inside fields keep the file's line ending. */
export function openDataCsvText(rows: readonly OpenDataRow[], lineEnding: '\r\n' | '\n' = '\r\n'): string {
  const lines = [OPEN_DATA_COLUMNS as readonly string[], ...rows].map((row) =>
    row.map((value) => csvField(value.replace(/\r?\n/g, lineEnding))).join(','),
  );
  return lines.join(lineEnding) + lineEnding;
}

export function encodeOpenDataCsv(rows: readonly OpenDataRow[], options: EncodeOpenDataCsvOptions = {}): Buffer {
  const encoding = options.encoding ?? 'cp932';
  const text = openDataCsvText(rows, options.lineEnding ?? (encoding === 'cp932' ? '\r\n' : '\n'));
  if (encoding === 'cp932') return iconv.encode(text, 'cp932');
  const body = Buffer.from(text, 'utf8');
  return encoding === 'utf8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}
