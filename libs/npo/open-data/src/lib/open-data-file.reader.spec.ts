import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { openDataZipBomb } from './open-data-bomb.generator';
import { OPEN_DATA_COLUMN as C, OPEN_DATA_COLUMNS, emptyOpenDataRow } from './open-data-columns.constant';
import { encodeOpenDataCsv, openDataCsvText } from './open-data-csv.encoder';
import { OpenDataFormatError } from './open-data-format.error';
import { readOpenDataFile } from './open-data-file.reader';
import { zipOpenDataCsv } from './open-data-zip';
import type { OpenDataRowResult } from './parsed-npo';

const dir = mkdtempSync(join(tmpdir(), 'opendata-reader-'));
const file = (name: string, content: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const readAll = async (path: string) => {
  const rows: OpenDataRowResult[] = [];
  for await (const r of readOpenDataFile(path)) rows.push(r);
  return rows;
};
function row(name: string, patch: Record<number, string> = {}): string[] {
  const cells = emptyOpenDataRow();
  cells[C.name] = name;
  cells[C.jurisdiction] = '北九州市';
  cells[C.mainOfficeAddress] = '北九州市若松区本町1-1';
  for (const [column, value] of Object.entries(patch)) cells[Number(column)] = value;
  return cells;
}
/** Lets streams that were torn down emit what they still have to emit (an unhandled 'error' would surface here). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Runs `body` and returns the uncaught exceptions seen meanwhile (each would kill the API process). */
async function uncaughtDuring(body: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const listener = (error: unknown) => seen.push(error);
  process.on('uncaughtException', listener);
  try {
    await body();
    await settle();
  } finally {
    process.off('uncaughtException', listener);
  }
  return seen;
}

describe(readOpenDataFile.name, () => {
  describe('a header of 59 columns (issue #11, case 1)', () => {
    const header59 = OPEN_DATA_COLUMNS.slice(0, 59).join(',');
    const body = `${header59}\r\n${Array.from({ length: 3_000 }, (_, i) => `団体${i}${','.repeat(58)}`).join('\r\n')}\r\n`;

    it.each([
      ['CSV', () => file('h59.csv', iconv.encode(body, 'cp932'))],
      ['ZIP', () => file('h59.zip', zipOpenDataCsv('h59.csv', iconv.encode(body, 'cp932')))],
    ])('refuses a %s whose header has 59 columns without an unhandled stream error', async (_kind, make) => {
      const path = make();
      const uncaught = await uncaughtDuring(async () => {
        await expect(readAll(path)).rejects.toThrow('見出しの列の数が59です');
      });
      expect(uncaught).toEqual([]);
    });

    it('tears the whole chain down when the reader stops early, without an unhandled error', async () => {
      const path = file(
        'many.zip',
        zipOpenDataCsv('many.csv', encodeOpenDataCsv(Array.from({ length: 5_000 }, (_, i) => row(`団体${i}`)))),
      );
      const uncaught = await uncaughtDuring(async () => {
        for await (const r of readOpenDataFile(path)) if (r.rowNumber === 10) break;
      });
      expect(uncaught).toEqual([]);
    });
  });

  it('fails a ZIP cut short (60 % of a real one) promptly with a plain message (case 2)', async () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => row(`団体${i}`, { [C.purpose]: `目的${i}`.repeat(20) }));
    const zip = zipOpenDataCsv('cut.csv', encodeOpenDataCsv(rows));
    const path = file('cut.zip', zip.subarray(0, Math.floor(zip.length * 0.6)));
    await expect(readAll(path)).rejects.toThrow('ZIPファイルが途中で切れています');
    await expect(readAll(path)).rejects.toBeInstanceOf(OpenDataFormatError);
  }, 5_000);

  describe('ZIPs that inflate far beyond any real file (case 3)', () => {
    it('refuses a 2 MB ZIP of one endless field (2 GB inflated) early, with the reason', async () => {
      const path = file(
        'field-bomb.zip',
        await openDataZipBomb({ inflatedBytes: 2 * 1024 ** 3, shape: 'field', declareSizes: false }),
      );
      await expect(readAll(path)).rejects.toThrow(/2行目が長すぎます|大きくなりすぎます/);
    }, 5_000);

    it('refuses a ZIP of endless rows whose sizes are hidden, early, and timers keep running meanwhile', async () => {
      const path = file(
        'rows-bomb.zip',
        await openDataZipBomb({ inflatedBytes: 2 * 1024 ** 3, shape: 'rows', declareSizes: false }),
      );
      let ticks = 0;
      const timer = setInterval(() => ticks++, 1);
      try {
        await expect(readAll(path)).rejects.toThrow('大きくなりすぎます');
      } finally {
        clearInterval(timer);
      }
      expect(ticks).toBeGreaterThan(0);
    }, 5_000);

    it('refuses a ZIP that says it inflates past the limit before inflating anything', async () => {
      const path = file('declared.zip', await openDataZipBomb({ inflatedBytes: 600 * 1024 ** 2, shape: 'rows' }));
      await expect(readAll(path)).rejects.toThrow('512MB');
    }, 5_000);

    it('rejects the row with a 10 MB field, and reads the rows around it', async () => {
      const text = openDataCsvText([
        row('正常な団体'),
        row('長い団体', { [C.purpose]: 'a'.repeat(10_000_000) }),
        row('最後の団体'),
      ]);
      const rows = await readAll(file('huge-field.csv', Buffer.from(text, 'utf8')));
      expect(rows.map((r) => [r.rowNumber, r.ok])).toEqual([
        [2, true],
        [3, false],
        [4, true],
      ]);
      expect(rows[1]).toMatchObject({ ok: false, reason: '定款に記載された目的が長すぎます（20,000文字まで）' });
    }, 20_000);

    it('refuses a CSV whose one field never ends (a record over 16 MB)', async () => {
      const text = openDataCsvText([row('正常な団体'), row('長い団体', { [C.purpose]: 'a'.repeat(17_000_000) })]);
      await expect(readAll(file('endless-field.csv', Buffer.from(text, 'utf8')))).rejects.toThrow('3行目が長すぎます');
    }, 20_000);
  });

  describe('bad rows are rejected one by one and the good ones read (case 4)', () => {
    it('rejects a row whose Shift_JIS is cut mid-character', async () => {
      const good = iconv.encode(openDataCsvText([row('正常な団体')]), 'cp932');
      // A lead byte (0x82) with no trail byte right before the comma: a character cut in half.
      const broken = Buffer.concat([
        iconv.encode('壊れた団体', 'cp932'),
        Buffer.from([0x82]),
        iconv.encode(`${',北九州市,'}${','.repeat(57)}\r\n`, 'cp932'),
      ]);
      const last = iconv.encode(`${openDataCsvText([row('最後の団体')]).split('\r\n')[1]}\r\n`, 'cp932');
      const rows = await readAll(file('sjis-cut.csv', Buffer.concat([good, broken, last])));
      expect(rows.map((r) => [r.rowNumber, r.ok])).toEqual([
        [2, true],
        [3, false],
        [4, true],
      ]);
      expect(rows[1]).toMatchObject({
        ok: false,
        reason: '法人名称が文字化けしています（Shift_JISの文字が途中で切れています）',
      });
    });

    it('rejects a row with a field over 20,000 characters, naming the column', async () => {
      const rows = await readAll(
        file('long.csv', encodeOpenDataCsv([row('正常な団体'), row('長い団体', { [C.purpose]: 'あ'.repeat(20_001) })])),
      );
      expect(rows.map((r) => r.ok)).toEqual([true, false]);
      expect(rows[1]).toMatchObject({ rowNumber: 3, reason: '定款に記載された目的が長すぎます（20,000文字まで）' });
      expect(rows[1].ok === false && rows[1].name).toBe('長い団体');
    });

    it('rejects a row with a NUL byte and keeps the others', async () => {
      const rows = await readAll(
        file(
          'nul.csv',
          encodeOpenDataCsv([row('正常な団体'), row('NUL\u0000の団体', { [C.purpose]: 'a\u0000b' }), row('次の団体')], {
            encoding: 'utf8',
          }),
        ),
      );
      expect(rows.map((r) => r.ok)).toEqual([true, false, true]);
      expect(rows[1]).toMatchObject({ rowNumber: 3, reason: '法人名称に使えない文字（NUL）が含まれています' });
      // The name kept with the rejection must be storable (PostgreSQL refuses NUL in text and jsonb).
      expect(rows[1].ok === false && rows[1].name).toBe('NULの団体');
    });
  });
});
