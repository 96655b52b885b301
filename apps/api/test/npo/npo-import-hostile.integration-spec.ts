import iconv from 'iconv-lite';
import { DataSource } from 'typeorm';
import { NpoImportService } from '@tsunagu/npo/api';
import {
  OPEN_DATA_COLUMN as C,
  type OpenDataRow,
  emptyOpenDataRow,
  openDataCsvText,
  openDataZipBomb,
  zipOpenDataCsv,
  encodeOpenDataCsv,
} from '@tsunagu/npo/open-data';
import { type TestApp, startTestApp } from '../test-services';
import { OpenDataFixture } from './open-data-fixture';

function npoRow(name: string, patch: Record<number, string> = {}): OpenDataRow {
  const row = emptyOpenDataRow();
  row[C.name] = name;
  row[C.jurisdiction] = '北九州市';
  row[C.mainOfficeAddress] = '北九州市若松区本町1-1';
  for (const [column, value] of Object.entries(patch)) row[Number(column)] = value;
  return row;
}

/** Broken and hostile files through the import service (issue #11, cases 2–4): refused or failed, never stuck. */
describe('importing broken or hostile files', () => {
  let t: TestApp;
  let fixture: OpenDataFixture;
  let imports: NpoImportService;
  let db: DataSource;
  const request = (filePath: string, fileName: string) =>
    ({ filePath, fileName, source: 'CLI', startedBy: 'test' }) as const;
  const npoNames = async () =>
    ((await db.query(`SELECT name FROM npo ORDER BY name`)) as Array<{ name: string }>).map((r) => r.name);

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await OpenDataFixture.create();
    imports = t.app.get(NpoImportService);
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('fails a ZIP cut short promptly, keeps the data, and the next import starts at once (case 2)', async () => {
    const rows = Array.from({ length: 3_000 }, (_, i) =>
      npoRow(`切れた団体${i}`, { [C.purpose]: `目的${i}`.repeat(20) }),
    );
    const zip = zipOpenDataCsv('cut.csv', encodeOpenDataCsv(rows));
    const cut = await fixture.raw('cut.zip', zip.subarray(0, Math.floor(zip.length * 0.6)));
    const before = await npoNames();
    const summary = await imports.importFile(request(cut, 'cut.zip'));
    expect(summary.status).toBe('FAILED');
    expect(summary.message).toContain('ZIPファイルが途中で切れています');
    expect(await npoNames()).toEqual(before);
    const next = await imports.importFile(request(await fixture.zip('after-cut', [npoRow('次の団体')]), 'next.zip'));
    expect(next).toMatchObject({ status: 'SUCCEEDED', inserted: 1 });
  }, 20_000);

  it.each([
    ['one endless field, sizes hidden', { shape: 'field', declareSizes: false }, /長すぎます|大きくなりすぎます/],
    ['endless rows, sizes hidden', { shape: 'rows', declareSizes: false }, /大きくなりすぎます/],
    ['endless rows, sizes stated', { shape: 'rows', declareSizes: true }, /512MB/],
  ] as const)(
    'refuses a 2 MB ZIP that inflates to 2 GB (%s) early and writes nothing (case 3)',
    async (_name, shape, words) => {
      const before = await db.query(`SELECT id, source_hash FROM npo ORDER BY id`);
      const bomb = await fixture.raw('bomb.zip', await openDataZipBomb({ inflatedBytes: 2 * 1024 ** 3, ...shape }));
      const summary = await imports.importFile(request(bomb, 'bomb.zip'));
      expect(['REFUSED', 'FAILED']).toContain(summary.status);
      expect(summary.message).toMatch(words);
      expect(await db.query(`SELECT id, source_hash FROM npo ORDER BY id`)).toEqual(before);
    },
    8_000,
  );

  it('rejects broken Shift_JIS, an over-long field and a NUL row by row, and imports the good rows (case 4)', async () => {
    const text = openDataCsvText([
      npoRow('良い団体その一'),
      npoRow('長すぎる団体', { [C.purpose]: 'あ'.repeat(20_001) }),
      npoRow('良い団体その二'),
    ]);
    const brokenRow = Buffer.concat([
      iconv.encode('文字化けの団体', 'cp932'),
      Buffer.from([0x82]),
      iconv.encode(`,北九州市${','.repeat(58)}\r\n`, 'cp932'),
    ]);
    const nulRow = iconv.encode(openDataCsvText([npoRow('NUL\u0000の団体')]).split('\r\n')[1] + '\r\n', 'cp932');
    const path = await fixture.raw('mixed.csv', Buffer.concat([iconv.encode(text, 'cp932'), brokenRow, nulRow]));
    const summary = await imports.importFile(request(path, 'mixed.csv'));
    expect(summary).toMatchObject({ status: 'SUCCEEDED', inserted: 2, rejected: 3 });
    const [run] = await db.query(`SELECT rejections FROM npo_import_run WHERE id = $1`, [summary.importRunId]);
    expect(run.rejections).toEqual([
      { rowNumber: 3, reason: '定款に記載された目的が長すぎます（20,000文字まで）', name: '長すぎる団体' },
      {
        rowNumber: 5,
        reason: '法人名称が文字化けしています（Shift_JISの文字が途中で切れています）',
        name: expect.stringContaining('文字化けの団体'),
      },
      { rowNumber: 6, reason: '法人名称に使えない文字（NUL）が含まれています', name: 'NULの団体' },
    ]);
    const names = await npoNames();
    expect(names).toEqual(expect.arrayContaining(['良い団体その一', '良い団体その二']));
    expect(names.some((n) => n.includes('\ufffd') || n.includes('長すぎる'))).toBe(false);
  });
});
