import iconv from 'iconv-lite';
import { decodeHelperList, readHelperList } from './helper-list-file.reader';
import { HelperListFormatError } from './helper-list-format.error';
import { parseFieldList, parseHelperListRow } from './helper-list-row.parser';
import { helperListMessages as m } from './helper-list.messages';

const CSV =
  '種別,名称,区,できること,分野,備考\r\n企業,株式会社とばたウェブ工房,戸畑区,ホームページづくり,情報化・まちづくり,2023年度 自治会応援事業者表彰\r\n';

function refusal(bytes: Buffer) {
  try {
    readHelperList(bytes);
  } catch (error) {
    if (error instanceof HelperListFormatError) return error.reason.key;
    throw error;
  }
  return null;
}

describe(readHelperList.name, () => {
  it('reads UTF-8, UTF-8 with BOM and CP932 alike', () => {
    const utf8 = readHelperList(Buffer.from(CSV, 'utf8'));
    const bom = readHelperList(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')]));
    const cp932 = readHelperList(iconv.encode(CSV, 'cp932'));
    expect(utf8.encoding).toBe('utf8');
    expect(cp932.encoding).toBe('cp932');
    expect(bom.rows).toEqual(utf8.rows);
    expect(cp932.rows).toEqual(utf8.rows);
    expect(utf8.rows[0]).toEqual({
      rowNumber: 2,
      cells: {
        kind: '企業',
        name: '株式会社とばたウェブ工房',
        ward: '戸畑区',
        purpose: 'ホームページづくり',
        fields: '情報化・まちづくり',
        note: '2023年度 自治会応援事業者表彰',
      },
    });
  });

  it('takes the columns in any order, accepts English names and lists unknown ones', () => {
    const file = readHelperList(Buffer.from('canDo,Memo,name,kind\nhelp,x,Tobata Web,COMPANY\n'));
    expect(file.unknownColumns).toEqual(['Memo']);
    expect(file.rows[0]?.cells).toEqual({ purpose: 'help', name: 'Tobata Web', kind: 'COMPANY' });
  });

  it('keeps spreadsheet row numbers across blank lines', () => {
    const file = readHelperList(Buffer.from('種別,名称,できること\n\n企業,A,x\n'));
    expect(file.rows[0]?.rowNumber).toBe(3);
  });

  it('refuses what is not a helper list', () => {
    expect(refusal(Buffer.alloc(0))).toBe(m.empty.key);
    expect(refusal(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toBe(m.zip.key);
    expect(refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toBe(m.binary.key);
    expect(refusal(Buffer.from('<!DOCTYPE html><html></html>'))).toBe(m.html.key);
    expect(refusal(Buffer.from('企業,A,x\n'))).toBe(m.noHeader.key);
    expect(refusal(Buffer.from('名称,区\nA,戸畑区\n'))).toBe(m.missingColumns.key);
    expect(refusal(Buffer.from(`${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')}\n`))).toBe(
      m.tooManyColumns.key,
    );
    expect(refusal(Buffer.alloc(6 * 1024 * 1024, 0x61))).toBe(m.tooBig.key);
  });

  it('decodes bytes that are not UTF-8 as CP932', () => {
    expect(decodeHelperList(iconv.encode('髙﨑', 'cp932'))).toEqual({ text: '髙﨑', encoding: 'cp932' });
  });
});

describe(parseHelperListRow.name, () => {
  const row = (cells: Record<string, string>) => parseHelperListRow({ rowNumber: 5, cells });
  const base = { kind: '企業', name: 'A社', purpose: '草刈り', ward: '八幡西区' };

  it('normalises a good row', () => {
    const r = row({ ...base, nameKana: 'えーしゃ', fields: '環境・まちづくり', corporateNumber: '' });
    expect(r).toMatchObject({ ok: true, helper: { kind: 'COMPANY', nameKana: 'エーシャ', fields: [7, 3] } });
  });

  it.each([
    [{ ...base, kind: 'NPO法人' }, m.kindNpo],
    [{ ...base, name: '' }, m.nameMissing],
    [{ ...base, ward: '博多区' }, m.wardUnknown],
    [{ ...base, corporateNumber: '1234567890123' }, m.corporateNumberCheck],
    [{ ...base, corporateNumber: '12345' }, m.corporateNumberShape],
    [{ ...base, fields: '宇宙' }, m.fieldUnknown],
    [{ ...base, ward: '', address: '' }, m.wardMissing],
  ])('rejects %o', (cells, reason) => {
    expect(row(cells)).toMatchObject({ ok: false, rejection: { rowNumber: 5, reason } });
  });

  it('reads the ward from the address, and keeps a formula-looking name as text', () => {
    const r = row({ ...base, ward: '', address: '北九州市戸畑区中本町1-1', name: '=HYPERLINK("http://x")' });
    expect(r).toMatchObject({ ok: true, helper: { ward: '戸畑区', name: '=HYPERLINK("http://x")' } });
  });
});

describe(parseFieldList.name, () => {
  it('joins labels that hold ・ back together', () => {
    expect(parseFieldList('保健・医療・福祉・まちづくり')).toEqual({ fields: [1, 3], unknown: null });
    expect(parseFieldList('14、3; ２')).toEqual({ fields: [14, 3, 2], unknown: null });
  });
});
