import { DataSource } from 'typeorm';
import { NpoImportService, type ImportNposSummary } from '@tsunagu/npo/api';
import { OPEN_DATA_COLUMN as C, type OpenDataRow } from '@tsunagu/npo/open-data';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import { type TestApp, startTestApp } from '../test-services';
import { OpenDataFixture } from './open-data-fixture';

/**
 * The importer against the real PostgreSQL (and Meilisearch through the outbox): counts,
 * idempotence, updates from a newer file, rejected rows, refusals, and all-or-nothing runs.
 */
describe('NPO import', () => {
  let t: TestApp;
  let fixture: OpenDataFixture;
  let imports: NpoImportService;
  let db: DataSource;

  const importFile = (path: string, fileName = path.split('/').pop() as string): Promise<ImportNposSummary> =>
    imports.importFile({ filePath: path, fileName, source: 'CLI', startedBy: 'test' });
  const npoCount = async () => Number((await db.query(`SELECT count(*) AS n FROM npo`))[0].n);
  const snapshot = async () =>
    db.query(`SELECT id, name, status, source_hash, updated_at FROM npo ORDER BY id`) as Promise<unknown[]>;

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await OpenDataFixture.create();
    imports = t.app.get(NpoImportService);
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t?.close();
  });

  const base = () => fixture.rows({ count: 120, outsideCityCount: 8, seed: 11 });

  it('imports every row of the portal ZIP with its fields, ward, status and flagged corporate numbers', async () => {
    const rows = base();
    const summary = await importFile(await fixture.zip('first', rows));
    const uniqueKeys = new Set(rows.map((r) => r[C.corporateNumber] || `${r[C.jurisdiction]}/${r[C.name]}`));
    expect(summary).toMatchObject({
      status: 'SUCCEEDED',
      inserted: uniqueKeys.size,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
    expect(await npoCount()).toBe(uniqueKeys.size);

    const sample = rows.find(
      (r) => r[C.corporateNumber] && r[C.mainOfficeAddress].includes('北九州市') && !r[C.dissolution],
    );
    const [stored] = await db.query(`SELECT * FROM npo WHERE corporate_number = $1`, [sample?.[C.corporateNumber]]);
    expect(stored.name).toBe(sample?.[C.name]);
    expect(stored.city).toBe('北九州市');
    expect(stored.prefecture).toBe('福岡県');
    expect(stored.ward).toMatch(/区$/);
    expect(stored.status).toBe('ACTIVE');
    expect(stored.established_on).toBe(sample?.[C.establishedOn].replace(/\//g, '-'));

    const dissolved = rows.filter((r) => r[C.dissolution]).length;
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM npo WHERE status = 'DISSOLVED'`);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(dissolved);
    const [{ flagged }] = await db.query(
      `SELECT count(*)::int AS flagged FROM npo WHERE corporate_number_valid = false`,
    );
    expect(flagged).toBe(rows.filter((r) => r[C.corporateNumber] && !isValidNumber(r[C.corporateNumber])).length);

    const [run] = await db.query(`SELECT * FROM npo_import_run WHERE id = $1`, [summary.importRunId]);
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      file_name: 'first.zip',
      started_by: 'test',
      inserted: summary.inserted,
    });
    expect(run.file_sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await snapshot();
    const summary = await importFile(await fixture.csv('again', base(), 'cp932'));
    expect(summary).toMatchObject({ status: 'SUCCEEDED', inserted: 0, updated: 0, markedNotInLatest: 0 });
    expect(summary.unchanged).toBe(before.length);
    expect(await snapshot()).toEqual(before);
  });

  it('applies a newer file: a changed row is updated, a new one inserted, a missing one marked NOT_IN_LATEST_DATA', async () => {
    const rows = base();
    const changed = rows.findIndex((r) => r[C.corporateNumber] && !r[C.dissolution]);
    const removedIndex = rows.findIndex((r, i) => i > changed && r[C.corporateNumber] && !r[C.dissolution]);
    const removed = rows[removedIndex];
    const newer: OpenDataRow[] = rows.map((r) => [...r]);
    newer[changed][C.purpose] = 'この法人は、スマホ講座を開き、もって地域の情報化に寄与することを目的とする。';
    newer.splice(removedIndex, 1);
    const added = [...rows[0]];
    added[C.name] = '新しくできた子ども支援の会';
    added[C.corporateNumber] = '';
    newer.push(added);

    const summary = await importFile(await fixture.zip('newer', newer));
    expect(summary).toMatchObject({ status: 'SUCCEEDED', inserted: 1, updated: 1, markedNotInLatest: 1, rejected: 0 });
    const [gone] = await db.query(`SELECT status FROM npo WHERE corporate_number = $1`, [removed[C.corporateNumber]]);
    expect(gone.status).toBe('NOT_IN_LATEST_DATA');
    const [edited] = await db.query(`SELECT purpose FROM npo WHERE corporate_number = $1`, [
      rows[changed][C.corporateNumber],
    ]);
    expect(edited.purpose).toContain('スマホ講座');

    // It comes back in a later file: active again.
    const back = await importFile(await fixture.zip('back', base()));
    // the purpose changed back and the missing NPO returned (2 updates); the added one is now missing
    expect(back).toMatchObject({ status: 'SUCCEEDED', inserted: 0, updated: 2, markedNotInLatest: 1 });
    const [again] = await db.query(`SELECT status FROM npo WHERE corporate_number = $1`, [removed[C.corporateNumber]]);
    expect(again.status).toBe('ACTIVE');
  });

  it("treats a file with only a few of an authority's NPOs as partial: it marks nobody NOT_IN_LATEST_DATA", async () => {
    const before = await db.query(`SELECT count(*)::int AS n FROM npo WHERE status = 'NOT_IN_LATEST_DATA'`);
    const few = base().slice(0, 5);
    const summary = await importFile(await fixture.csv('few', few));
    expect(summary).toMatchObject({ status: 'SUCCEEDED', markedNotInLatest: 0 });
    expect(summary.message).toContain('一部の団体だけのファイル');
    expect(await db.query(`SELECT count(*)::int AS n FROM npo WHERE status = 'NOT_IN_LATEST_DATA'`)).toEqual(before);
  });

  it('rejects unreadable rows one by one with row number and reason, and imports the rest', async () => {
    const rows = base()
      .slice(0, 5)
      .map((r) => [...r]);
    rows[1][C.establishedOn] = '2020/02/30';
    rows[3] = rows[3].slice(0, 40);
    const summary = await importFile(await fixture.csv('rejects', rows));
    expect(summary).toMatchObject({ status: 'SUCCEEDED', rejected: 2 });
    const [run] = await db.query(`SELECT rejections FROM npo_import_run WHERE id = $1`, [summary.importRunId]);
    expect(run.rejections).toEqual([
      { rowNumber: 3, reason: expect.stringContaining('設立年月日「2020/02/30」'), name: rows[1][C.name] },
      { rowNumber: 5, reason: expect.stringContaining('60列'), name: rows[3][C.name] },
    ]);
  });

  it('keeps the later row when the same corporate number appears twice in one file', async () => {
    const rows = base().map((r) => [...r]);
    const target = rows.find((r) => r[C.corporateNumber] && !r[C.dissolution]) as OpenDataRow;
    const later = [...target];
    later[C.representative] = '後藤　一郎';
    const summary = await importFile(await fixture.zip('duplicate', [...rows, later]));
    expect(summary).toMatchObject({ status: 'SUCCEEDED', duplicates: 1 });
    const [stored] = await db.query(`SELECT representative FROM npo WHERE corporate_number = $1`, [
      target[C.corporateNumber],
    ]);
    expect(stored.representative).toBe('後藤　一郎');
  });

  it('refuses a file that is not the open-data format before writing anything, and records why', async () => {
    const before = await snapshot();
    const notCsv = await importFile(await fixture.raw('minutes.txt', '自治会だより 11月号\n清掃活動のお知らせ\n'));
    expect(notCsv.status).toBe('REFUSED');
    expect(notCsv.message).toContain('見出し');
    const empty = await importFile(await fixture.raw('empty.csv', ''));
    expect(empty).toMatchObject({ status: 'REFUSED', message: expect.stringContaining('空') });
    const png = await importFile(await fixture.raw('photo.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])));
    expect(png.status).not.toBe('SUCCEEDED');
    expect(await snapshot()).toEqual(before);
    const [run] = await db.query(`SELECT status, message FROM npo_import_run WHERE id = $1`, [notCsv.importRunId]);
    expect(run).toEqual({ status: 'REFUSED', message: notCsv.message });
  });

  it('writes nothing when the file breaks half-way (all-or-nothing)', async () => {
    const before = await snapshot();
    const rows = base().map((r) => [...r]);
    rows[60][C.name] = '新規の団体';
    const good = (await import('@tsunagu/npo/open-data'))
      .encodeOpenDataCsv(rows, { encoding: 'utf8' })
      .toString('utf8');
    const broken = `${good}"壊れた行,北九州市\n`;
    const summary = await importFile(await fixture.raw('broken.csv', broken));
    expect(summary.status).toBe('FAILED');
    expect(summary.message).toContain('CSVの形式');
    expect(await snapshot()).toEqual(before);
  });

  it('queues every change for the search index in the same transaction', async () => {
    const worker = t.app.get(SearchOutboxWorker);
    await worker.drain();
    expect(await worker.pending()).toBe(0);
    const rows = base().map((r) => [...r]);
    rows[2][C.programmes] = '防災訓練の講師派遣に関する事業';
    await importFile(await fixture.zip('one-change', rows));
    const [{ queued }] = await db.query(`SELECT count(*)::int AS queued FROM search_outbox`);
    expect(queued).toBeLessThanOrEqual(2); // the edited NPO (plus the one the previous test changed back)
    await worker.drain();
    expect(await worker.pending()).toBe(0);
  });
});

function isValidNumber(value: string): boolean {
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(value[13 - n]) * (n % 2 === 1 ? 1 : 2);
  return Number(value[0]) === 9 - (sum % 9);
}
