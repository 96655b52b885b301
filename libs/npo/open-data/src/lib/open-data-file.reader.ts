import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { CsvError, parse } from 'csv-parse';
import { Unzip, UnzipInflate } from 'fflate';
import iconv from 'iconv-lite';
import { normalizeText } from './japanese-text';
import { OPEN_DATA_COLUMN as C, OPEN_DATA_COLUMNS } from './open-data-columns.constant';
import { OpenDataFormatError } from './open-data-format.error';
import { OPEN_DATA_LIMITS as LIMITS } from './open-data-limits.constant';
import { parseOpenDataRow } from './open-data-row.parser';
import { type OpenDataEncoding, openDataTextProblem, storableName } from './open-data-text.check';
import type { OpenDataRowResult } from './parsed-npo';

export interface OpenDataReadProgress {
  /** bytes of the file (as stored, i.e. compressed for a ZIP) read so far */
  bytesRead: number;
  totalBytes: number;
  rows: number;
}

export interface ReadOpenDataOptions {
  onProgress?: (progress: OpenDataReadProgress) => void;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const MB = 1024 * 1024;

const BROKEN_ZIP = 'ZIPファイルが壊れているようです。もう一度ダウンロードしてください。';
const TRUNCATED_ZIP =
  'ZIPファイルが途中で切れています（ダウンロードが終わっていなかったようです）。もう一度ダウンロードしてください。';
const TOO_BIG = `展開したCSVが大きすぎます（${LIMITS.maxCsvBytes / MB}MBまで）。内閣府NPO法人ポータルサイトからダウンロードしたファイルを選んでください。`;
const BOMB = `ZIPファイルを展開すると大きくなりすぎます（圧縮されたデータの${LIMITS.maxCompressionRatio}倍を超えます）。内閣府NPO法人ポータルサイトからダウンロードしたファイルを選んでください。`;

/**
 * Streams an open-data file (the portal's ZIP, or a CSV in CP932 / UTF-8 with or without BOM)
 * row by row, never holding it whole. A file that is not this format is refused with an
 * OpenDataFormatError before the first row is yielded; a file that breaks later (cut short, too
 * big) ends with one. Rows whose text cannot be stored are rejected one by one.
 *
 * The stages are async generators, and the only stream (the CSV parser) is fed through
 * `pipeline`: an error in any stage, or the caller stopping early, tears the whole chain down
 * and never leaves an 'error' event without a listener (which would kill the process).
 */
export async function* readOpenDataFile(
  path: string,
  options: ReadOpenDataOptions = {},
): AsyncGenerator<OpenDataRowResult> {
  const { size } = await stat(path);
  if (size === 0)
    throw new OpenDataFormatError(
      'ファイルが空です。内閣府NPO法人ポータルサイトからダウンロードしたファイルを選んでください。',
    );
  const head = await readHead(path);
  const isZip = head.subarray(0, 4).equals(ZIP_MAGIC);
  if (head.subarray(0, 4).equals(EMPTY_ZIP_MAGIC)) throw new OpenDataFormatError('ZIPファイルの中身が空です。');
  if (!isZip && head.subarray(0, 2).toString('latin1') === 'PK') throw new OpenDataFormatError(BROKEN_ZIP);

  const counts = { fileBytes: 0, zipBytesInflated: 0, rows: 0 };
  const report = () => options.onProgress?.({ bytesRead: counts.fileBytes, totalBytes: size, rows: counts.rows });
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: LIMITS.maxRecordBytes,
  });
  let rowNumber = 0;
  try {
    const fileBytes = countBytes(file, counts);
    const csvBytes = capCsvBytes(isZip ? inflateCsvMember(fileBytes, counts) : fileBytes, isZip ? counts : null);
    const { encoding, chunks } = await detectEncoding(csvBytes);
    // The parser's iteration reports any failure of the chain, so the promise itself is not awaited.
    pipeline(Readable.from(decode(chunks, encoding)), parser).catch(() => undefined);
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      if (rowNumber === 1) {
        checkHeader(record);
        continue;
      }
      counts.rows++;
      if (counts.rows % 500 === 0) report();
      const problem = openDataTextProblem(record, encoding);
      yield problem
        ? { ok: false, rowNumber, reason: problem, name: storableName(record[C.name]) }
        : parseOpenDataRow(record, rowNumber);
    }
  } catch (error) {
    if (error instanceof OpenDataFormatError) {
      throw rowNumber > 1 && error.beforeRows ? new OpenDataFormatError(error.message, false) : error;
    }
    if (error instanceof CsvError) throw csvFormatError(error);
    throw error;
  } finally {
    parser.destroy();
    file.destroy();
  }
  if (rowNumber === 0) throw new OpenDataFormatError('ファイルに見出しの行がありません。');
  report();
}

async function readHead(path: string): Promise<Buffer> {
  const stream = createReadStream(path, { start: 0, end: 7 });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function* countBytes(file: AsyncIterable<Buffer>, counts: { fileBytes: number }): AsyncGenerator<Buffer> {
  for await (const chunk of file) {
    counts.fileBytes += chunk.length;
    yield chunk;
  }
}

/**
 * The first member whose name ends in .csv, inflated. fflate inflates synchronously inside
 * `push`, and one push can grow a thousandfold, so the ZIP is fed in small pieces with a turn of
 * the event loop between them: other requests are answered while a big file inflates. A member
 * that has not ended when the ZIP does was cut short.
 */
async function* inflateCsvMember(
  zip: AsyncIterable<Buffer>,
  counts: { zipBytesInflated: number },
): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  // An object, because the callbacks below change it while `push` runs.
  const csv: { state: 'looking' | 'inflating' | 'done' } = { state: 'looking' };
  let failure: string | null = null;
  const unzip = new Unzip((member) => {
    if (csv.state !== 'looking' || !/\.csv$/i.test(member.name)) return;
    csv.state = 'inflating';
    // Stated sizes can lie (the limit is counted again while inflating), but a true one refuses at once.
    if (member.originalSize !== undefined && member.originalSize > LIMITS.maxCsvBytes) {
      failure = TOO_BIG;
      return;
    }
    member.ondata = (error, chunk, final) => {
      if (error) failure ??= BROKEN_ZIP;
      else {
        if (chunk.length > 0) out.push(chunk);
        if (final) csv.state = 'done';
      }
    };
    try {
      member.start();
    } catch {
      failure ??= BROKEN_ZIP;
    }
  });
  unzip.register(UnzipInflate);
  for await (const chunk of zip) {
    for (let offset = 0; offset < chunk.length; offset += LIMITS.inflateChunkBytes) {
      const piece = chunk.subarray(offset, offset + LIMITS.inflateChunkBytes);
      try {
        unzip.push(piece);
      } catch {
        failure ??= BROKEN_ZIP;
      }
      if (failure) throw new OpenDataFormatError(failure);
      if (csv.state !== 'looking') counts.zipBytesInflated += piece.length;
      while (out.length > 0) yield out.shift() as Uint8Array;
      if (csv.state === 'done') return;
      await nextTurn();
    }
  }
  try {
    unzip.push(new Uint8Array(0), true);
  } catch {
    // fflate's "unexpected EOF": the member was cut short, reported below
  }
  if (failure) throw new OpenDataFormatError(failure);
  while (out.length > 0) yield out.shift() as Uint8Array;
  if (csv.state === 'looking') throw new OpenDataFormatError('ZIPファイルの中にCSVファイルがありません。');
  if (csv.state !== 'done') throw new OpenDataFormatError(TRUNCATED_ZIP);
}

/**
 * Counts the CSV's bytes against the limits (total size; for a ZIP also the compression ratio,
 * which gives a ZIP bomb away after a few MB instead of 512) and hands them on in pieces small
 * enough that parsing one never holds the event loop for long.
 */
async function* capCsvBytes(
  source: AsyncIterable<Uint8Array>,
  zip: { zipBytesInflated: number } | null,
): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > LIMITS.maxCsvBytes) throw new OpenDataFormatError(TOO_BIG);
    if (zip && total > LIMITS.ratioCheckAfterBytes && total > zip.zipBytesInflated * LIMITS.maxCompressionRatio) {
      throw new OpenDataFormatError(BOMB);
    }
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    for (let offset = 0; offset < bytes.length; offset += LIMITS.parseChunkBytes) {
      yield bytes.subarray(offset, offset + LIMITS.parseChunkBytes);
    }
  }
}

/** Bytes → text; a character split across chunks is joined by the decoder, a broken one becomes U+FFFD. */
async function* decode(chunks: AsyncIterable<Buffer>, encoding: OpenDataEncoding): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * Decides the encoding from the first line (the header): UTF-8 when it decodes strictly as
 * UTF-8 and holds the first column's name, else CP932. Returns the bytes again from the first.
 */
async function detectEncoding(
  bytes: AsyncIterable<Buffer>,
): Promise<{ encoding: OpenDataEncoding; chunks: AsyncIterable<Buffer> }> {
  const iterator = bytes[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let total = 0;
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    total += next.value.length;
    if (next.value.includes(0x0a) || total > 64 * 1024) break;
  }
  const head = Buffer.concat(seen);
  if (head.length === 0) throw new OpenDataFormatError('CSVファイルが空です。');
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new OpenDataFormatError(
      'UTF-16で保存されたファイルは読めません。CSV（UTF-8）かCSV（Shift_JIS）で保存し直してください。',
    );
  }
  if (head.subarray(0, 512).includes(0x00)) {
    throw new OpenDataFormatError(
      'CSVファイルでもZIPファイルでもないようです（画像や文書のファイルは取り込めません）。',
    );
  }
  const firstLine = head.subarray(head.subarray(0, 3).equals(UTF8_BOM) ? 3 : 0, lineEnd(head));
  let encoding: OpenDataEncoding | null = null;
  let validUtf8 = true;
  try {
    if (new TextDecoder('utf-8', { fatal: true }).decode(firstLine).includes('法人名称')) encoding = 'utf8';
  } catch {
    validUtf8 = false;
  }
  if (!encoding && iconv.decode(firstLine, 'cp932').includes('法人名称')) encoding = 'cp932';
  if (!encoding) {
    throw new OpenDataFormatError(
      validUtf8 || /^[\x20-\x7e\r\n\t]*$/.test(firstLine.toString('latin1'))
        ? '1行目がNPO法人データの見出しではありません（「法人名称」から始まる60列の見出しが必要です）。内閣府NPO法人ポータルサイトの「行政入力情報」のファイルを選んでください。'
        : '文字コードが読めません。CP932（Shift_JIS）かUTF-8で保存したCSVファイルを選んでください。',
    );
  }
  async function* replay(): AsyncGenerator<Buffer> {
    yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { encoding, chunks: replay() };
}

function lineEnd(buffer: Buffer): number {
  const index = buffer.indexOf(0x0a);
  return index === -1 ? buffer.length : index;
}

function checkHeader(header: string[]): void {
  const expected = OPEN_DATA_COLUMNS as readonly string[];
  const normalized = header.map((h) => normalizeText(h));
  if (normalized.length !== expected.length) {
    throw new OpenDataFormatError(
      `見出しの列の数が${normalized.length}です（NPO法人データは${expected.length}列です）。内閣府NPO法人ポータルサイトの「行政入力情報」のファイルを選んでください。`,
    );
  }
  const index = expected.findIndex((name, i) => normalizeText(name) !== normalized[i]);
  if (index !== -1) {
    throw new OpenDataFormatError(
      `見出しの${index + 1}列目が「${header[index].slice(0, 100)}」です（「${expected[index]}」のはずです）。`,
    );
  }
}

const CSV_PROBLEMS: Partial<Record<CsvError['code'], string>> = {
  CSV_QUOTE_NOT_CLOSED: '引用符 " が閉じていません',
  CSV_INVALID_CLOSING_QUOTE: '引用符 " の位置がおかしいです',
  INVALID_OPENING_QUOTE: '引用符 " の位置がおかしいです',
};

function csvFormatError(error: CsvError): OpenDataFormatError {
  // The parser knows how many records it finished; the ones we iterated may lag behind it.
  const rowNumber = Number((error as CsvError & { records?: number }).records ?? 0);
  if (error.code === 'CSV_MAX_RECORD_SIZE') {
    return new OpenDataFormatError(
      `${rowNumber + 1}行目が長すぎます（1行${LIMITS.maxRecordBytes / 1_000_000}MBまで）。元のファイルをもう一度ダウンロードしてください。`,
      rowNumber === 0,
    );
  }
  return new OpenDataFormatError(
    `${rowNumber + 1}行目あたりでCSVの形式が崩れています（${CSV_PROBLEMS[error.code] ?? error.code}）。元のファイルをもう一度ダウンロードしてください。`,
    rowNumber === 0,
  );
}
