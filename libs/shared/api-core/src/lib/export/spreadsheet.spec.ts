import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { addSheetRows, neutraliseCell, toCsv } from './spreadsheet';

const parsed = (csv: Buffer): string[][] => parse(csv.toString('utf8').replace(/^\uFEFF/, ''), { relax_quotes: false });

describe('toCsv', () => {
  it('writes a UTF-8 BOM, the header, then the rows with CRLF line ends', () => {
    const csv = toCsv([['子ども食堂', 3]], ['名前', '数']);
    expect(csv.toString('utf8')).toBe('\uFEFF名前,数\r\n子ども食堂,3\r\n');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","詳しくはこちら")'],
    ['+81-93-000-0000'],
    ["-2+3+cmd|' /C calc'!A0"],
    ["@SUM(1+1)*cmd|' /C calc'!A0"],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('neutralises a cell that a spreadsheet would read as a formula: %j', (text) => {
    const [, [cell]] = parsed(toCsv([[text]], ['題名']));
    expect(cell).toBe(`'${text}`);
    // …and quotes it, so that a comma or quote inside cannot start another cell.
    expect(toCsv([[text]], ['題名']).toString('utf8')).toContain(`"'`);
  });

  it('leaves ordinary text and numbers as they are (a negative number is data)', () => {
    expect(neutraliseCell('八幡西区')).toBe('八幡西区');
    expect(neutraliseCell('a=b')).toBe('a=b');
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell(null)).toBe('');
  });

  it('round-trips any text: read back, a cell is the text itself or, if it would start a formula, the text after a quote', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const width = Math.max(...rows.map((r) => r.length));
          const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
          const back = parsed(
            toCsv(
              padded,
              padded[0].map((_, i) => `列${i + 1}`),
            ),
          ).slice(1);
          expect(back).toEqual(padded.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c))));
          for (const cell of back.flat()) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
        },
      ),
    );
  });
});

describe('addSheetRows', () => {
  it('writes text as text, never as a formula, even a cell that starts with = or an object', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('一覧');
    addSheetRows(sheet, [['=HYPERLINK("http://evil.example","x")', 7, { formula: '1+1' } as unknown as string]]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await workbook.xlsx.writeBuffer()) as ExcelJS.Buffer);
    const row = back.getWorksheet('一覧')!.getRow(1);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(1).value).toBe('=HYPERLINK("http://evil.example","x")');
    expect(row.getCell(2).value).toBe(7);
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.String);
    for (const i of [1, 2, 3]) expect(row.getCell(i).formula).toBeUndefined();
  });
});
