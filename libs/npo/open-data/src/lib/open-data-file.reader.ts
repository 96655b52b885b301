import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { PassThrough, Readable, Transform } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { Unzip, UnzipInflate } from 'fflate';
import iconv from 'iconv-lite';
import { normalizeText } from './japanese-text';
import { OPEN_DATA_COLUMNS } from './open-data-columns.constant';
import { OpenDataFormatError } from './open-data-format.error';
import { parseOpenDataRow } from './open-data-row.parser';
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

type Encoding = 'utf8' | 'cp932';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Streams an open-data file (the portal's ZIP, or a CSV in CP932 / UTF-8 with or without BOM)
 * row by row, never holding it whole. A file that is not this format is refused with an
 * OpenDataFormatError before the first row is yielded.
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

  let bytesRead = 0;
  let rows = 0;
  const report = () => options.onProgress?.({ bytesRead, totalBytes: size, rows });

  const head = await readHead(path);
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  const source = file.pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytesRead += chunk.length;
        done(null, chunk);
      },
    }),
  );
  let csvBytes: Readable;
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) csvBytes = csvMemberOf(source);
  else if (head.subarray(0, 4).equals(EMPTY_ZIP_MAGIC)) throw new OpenDataFormatError('ZIPファイルの中身が空です。');
  else if (head.subarray(0, 2).toString('latin1') === 'PK')
    throw new OpenDataFormatError('ZIPファイルが壊れているようです。もう一度ダウンロードしてください。');
  else csvBytes = source;

  const { encoding, stream } = await detectEncoding(csvBytes);
  const parser = stream
    .pipe(iconv.decodeStream(encoding))
    .pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }));

  let rowNumber = 0;
  try {
    for await (const { record } of parser as AsyncIterable<{ record: string[] }>) {
      rowNumber++;
      if (rowNumber === 1) {
        checkHeader(record);
        continue;
      }
      rows++;
      if (rows % 500 === 0) report();
      yield parseOpenDataRow(record, rowNumber);
    }
  } catch (error) {
    if (error instanceof OpenDataFormatError) throw error;
    if (error instanceof CsvError) {
      throw new OpenDataFormatError(
        `${rowNumber + 1}行目あたりでCSVの形式が崩れています（${csvProblem(error)}）。元のファイルをもう一度ダウンロードしてください。`,
        rowNumber === 0,
      );
    }
    throw error;
  } finally {
    file.destroy();
    source.destroy();
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

/** The first member whose name ends in .csv, inflated as a stream with backpressure. */
function csvMemberOf(zip: Readable): Readable {
  const out = new PassThrough({ highWaterMark: 1024 * 1024 });
  let found = false;
  const unzip = new Unzip((file) => {
    if (found || !/\.csv$/i.test(file.name)) return;
    found = true;
    file.ondata = (error, chunk, final) => {
      if (error)
        out.destroy(new OpenDataFormatError('ZIPファイルが壊れているようです。もう一度ダウンロードしてください。'));
      else {
        out.write(chunk);
        if (final) out.end();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  zip.on('data', (chunk: Buffer) => {
    try {
      unzip.push(chunk);
    } catch {
      out.destroy(new OpenDataFormatError('ZIPファイルが壊れているようです。もう一度ダウンロードしてください。'));
      zip.destroy();
      return;
    }
    if (out.writableNeedDrain) {
      zip.pause();
      out.once('drain', () => zip.resume());
    }
  });
  zip.on('end', () => {
    try {
      unzip.push(new Uint8Array(0), true);
    } catch {
      /* reported below */
    }
    if (!found) out.destroy(new OpenDataFormatError('ZIPファイルの中にCSVファイルがありません。'));
  });
  zip.on('error', (error) => out.destroy(error));
  return out;
}

/**
 * Decides the encoding from the first line (the header): UTF-8 when it decodes strictly as
 * UTF-8 and holds the first column's name, else CP932. Returns a stream that still starts at
 * the first byte.
 */
async function detectEncoding(bytes: Readable): Promise<{ encoding: Encoding; stream: Readable }> {
  const iterator = bytes[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
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
  let encoding: Encoding | null = null;
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
  return { encoding, stream: Readable.from(replay(), { objectMode: false }) };
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
      `見出しの${index + 1}列目が「${header[index]}」です（「${expected[index]}」のはずです）。`,
    );
  }
}

const CSV_PROBLEMS: Partial<Record<CsvError['code'], string>> = {
  CSV_QUOTE_NOT_CLOSED: '引用符 " が閉じていません',
  CSV_INVALID_CLOSING_QUOTE: '引用符 " の位置がおかしいです',
  INVALID_OPENING_QUOTE: '引用符 " の位置がおかしいです',
  CSV_MAX_RECORD_SIZE: '1行が長すぎます',
};

function csvProblem(error: CsvError): string {
  return CSV_PROBLEMS[error.code] ?? error.code;
}
