import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import iconv from 'iconv-lite';
import { isKitakyushuWard } from '@tsunagu/shared/util';
import { isValidCorporateNumber } from './corporate-number';
import { buildDemoOpenDataZip } from './demo-open-data-zip';
import { generateDemoOpenDataRows } from './demo-open-data.generator';
import { OPEN_DATA_COLUMNS, OPEN_DATA_COLUMN as C, OPEN_DATA_FLAG } from './open-data-columns.constant';
import { encodeOpenDataCsv } from './open-data-csv.encoder';

function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: false });
}

describe('demo open data generator', () => {
  const rows = generateDemoOpenDataRows({ count: 300, outsideCityCount: 20 });

  it('writes 60 columns per row under the official header', () => {
    expect(OPEN_DATA_COLUMNS).toHaveLength(60);
    expect(OPEN_DATA_COLUMNS[C.corporateNumber]).toBe('法人番号');
    expect(OPEN_DATA_COLUMNS[C.firstActivityField + 19]).toBe('活動分野２０');
    expect(rows.every((row) => row.length === 60)).toBe(true);
  });

  it('is deterministic, so fixtures and demo data are the same everywhere', () => {
    expect(generateDemoOpenDataRows({ count: 300, outsideCityCount: 20 })).toEqual(rows);
    expect(generateDemoOpenDataRows({ count: 300, seed: 7 })).not.toEqual(rows.slice(0, 300));
  });

  it('makes city NPOs with a Kitakyushu ward in the address, and some outside the city', () => {
    const city = rows.filter((row) => row[C.jurisdiction] === '北九州市');
    expect(city).toHaveLength(300);
    for (const row of city.filter((r) => r[C.mainOfficeAddress])) {
      const ward = /北九州市(.+?区)/.exec(row[C.mainOfficeAddress])?.[1] ?? '';
      expect(isKitakyushuWard(ward)).toBe(true);
      expect(row[C.postalCode]).toMatch(/^\d{3}-\d{4}$/);
    }
    expect(rows.filter((row) => row[C.jurisdiction] === '福岡県')).toHaveLength(20);
  });

  it('has unique names, at least one activity field each, and ISO-convertible dates', () => {
    expect(new Set(rows.map((row) => row[C.name])).size).toBe(rows.length);
    for (const row of rows) {
      const fields = row.slice(C.firstActivityField, C.firstActivityField + 20);
      expect(fields.some((value) => value === OPEN_DATA_FLAG)).toBe(true);
      expect(row[C.establishedOn]).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    }
  });

  it('mixes in dissolved NPOs (mostly without address) and the quirks of real files', () => {
    const dissolved = rows.filter((row) => row[C.dissolution] !== '');
    expect(dissolved.length / rows.length).toBeGreaterThan(0.07);
    expect(dissolved.length / rows.length).toBeLessThan(0.2);
    expect(dissolved.filter((row) => row[C.mainOfficeAddress] === '').length).toBeGreaterThan(dissolved.length / 2);
    expect(rows.some((row) => /[ｱ-ﾝ]/.test(row[C.nameKana]))).toBe(true);
    expect(rows.some((row) => /[０-９]/.test(row[C.mainOfficeAddress]))).toBe(true);
    expect(rows.some((row) => row[C.purpose].includes('\n'))).toBe(true);
    expect(rows.some((row) => row[C.corporateNumber] === '')).toBe(true);
    const numbered = rows.filter((row) => row[C.corporateNumber] !== '');
    const invalid = numbered.filter((row) => !isValidCorporateNumber(row[C.corporateNumber]));
    expect(invalid.length).toBeGreaterThan(0);
    expect(invalid.length).toBeLessThan(numbered.length * 0.05);
  });

  it('can leave the quirks out for clean fixtures', () => {
    const clean = generateDemoOpenDataRows({ count: 100, quirks: false });
    expect(clean.every((row) => isValidCorporateNumber(row[C.corporateNumber]))).toBe(true);
    expect(clean.some((row) => /[ｱ-ﾝ]/.test(row[C.nameKana]))).toBe(false);
  });
});

describe('open data CSV encoding', () => {
  const rows = generateDemoOpenDataRows({ count: 80 });

  it('round-trips through CP932 with CRLF, including CP932-only characters and line breaks', () => {
    const bytes = encodeOpenDataCsv(rows);
    const text = iconv.decode(bytes, 'cp932');
    expect(text.startsWith('法人名称,法人名称カナ,所轄庁')).toBe(true);
    expect(text.split('\r\n')[0].split(',')).toHaveLength(60);
    expect(text).not.toMatch(/[^\r]\n/);
    const parsed = parseCsv(text);
    expect(parsed[0]).toEqual([...OPEN_DATA_COLUMNS]);
    expect(parsed.slice(1)).toEqual(rows.map((row) => row.map((value) => value.replace(/\r?\n/g, '\r\n'))));
  });

  it('writes UTF-8 with a BOM and LF line ends as a user would re-save it', () => {
    const bytes = encodeOpenDataCsv(rows, { encoding: 'utf8-bom' });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).not.toContain('\r');
    expect(parseCsv(text).slice(1)[5][C.name]).toBe(rows[5][C.name]);
  });
});

describe('demo open data ZIP', () => {
  it('holds exactly one dated CSV member that decodes to the rows', () => {
    const demo = buildDemoOpenDataZip({ count: 50 });
    const members = unzipSync(demo.zip);
    expect(Object.keys(members)).toEqual([demo.csvFileName]);
    expect(demo.csvFileName).toMatch(/^\d{3}_AdministrativeInputData_\d{8}\.csv$/);
    const parsed = parseCsv(iconv.decode(Buffer.from(members[demo.csvFileName]), 'cp932'));
    expect(parsed).toHaveLength(demo.rowCount + 1);
    expect(demo.rowCount).toBe(66);
  });
});
