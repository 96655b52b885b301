import iconv from 'iconv-lite';
import { HelperListFormatError, decodeHelperList, readHelperListFile } from './helper-list-file';
import { parseFields, readListRow } from './helper-list-row';

const CSV =
  '種別,名称,区,できること,分野,SNS担当\r\n企業,株式会社とばたウェブ工房,戸畑区,ホームページづくりを手伝います,情報化・まちづくり,山田\r\n';

function refusal(bytes: Buffer): string {
  try {
    readHelperListFile(bytes);
  } catch (error) {
    if (error instanceof HelperListFormatError) return error.reason.en;
    throw error;
  }
  throw new Error('not refused');
}

describe('reading a list of helpers', () => {
  it('reads UTF-8 with a BOM, UTF-8 without, and CP932 the same way', () => {
    const files = [
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')]),
      Buffer.from(CSV, 'utf8'),
      iconv.encode(CSV, 'cp932'),
    ];
    const read = files.map((f) => readHelperListFile(f));
    expect(read.map((r) => r.encoding)).toEqual(['UTF-8', 'UTF-8', 'CP932']);
    for (const r of read) {
      expect(r.rows).toEqual([
        {
          rowNumber: 2,
          cells: {
            kind: '企業',
            name: '株式会社とばたウェブ工房',
            ward: '戸畑区',
            purpose: 'ホームページづくりを手伝います',
            fields: '情報化・まちづくり',
          },
        },
      ]);
      expect(r.ignoredColumns).toEqual(['SNS担当']);
    }
  });

  it('takes English headers in any order', () => {
    const file = readHelperListFile(Buffer.from('Purpose,Name,Kind,Ward\nweeding,Green Co.,COMPANY,八幡西区\n'));
    expect(file.rows[0].cells).toEqual({ purpose: 'weeding', name: 'Green Co.', kind: 'COMPANY', ward: '八幡西区' });
  });

  it('decodes bytes that are not valid UTF-8 as CP932', () => {
    expect(decodeHelperList(iconv.encode('戸畑区', 'cp932'))).toEqual({ text: '戸畑区', encoding: 'CP932' });
  });

  it('numbers rows as a spreadsheet shows them, blank lines included', () => {
    const file = readHelperListFile(Buffer.from('種別,名称,できること\n企業,A,x\n\n大学,B,y\n'));
    expect(file.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'empty'],
    ['a ZIP', Buffer.from('PK\x03\x04rest', 'latin1'), 'not a CSV'],
    ['binary bytes', Buffer.from([0x41, 0x00, 0x42, 0x0a]), 'not a CSV'],
    ['a web page', Buffer.from('<!DOCTYPE html><html><body>種別</body></html>'), 'not a CSV'],
    ['a file without the headings', Buffer.from('日時,場所\n11/30,市民センター\n'), 'headings'],
    ['10,000 columns', Buffer.from(`種別,名称,できること,${'x,'.repeat(10_000)}\n`), 'Too many columns'],
    ['only a header', Buffer.from('種別,名称,できること\n'), 'no rows'],
    ['an unclosed quote', Buffer.from('種別,名称,できること\n企業,"A,x\n'), 'quote'],
  ])('refuses %s with a clear reason', (_what, bytes, reason) => {
    expect(refusal(bytes)).toContain(reason);
  });
});

describe('a row of the list', () => {
  const row = (cells: Record<string, string>) => readListRow({ rowNumber: 7, cells }, '北九州市');
  const base = { kind: '大学', name: '九州共立大学 まちづくりサークル', ward: '八幡西', purpose: '夏祭りの手伝い' };

  it('reads fields as labels (which hold ・ themselves) or numbers', () => {
    expect(parseFields('情報化・まちづくり')).toEqual([3, 14]);
    expect(parseFields('保健・医療・福祉、9')).toEqual([1, 9]);
    expect(parseFields('14,3;2')).toEqual([2, 3, 14]);
    expect(parseFields('料理')).toBeNull();
    expect(parseFields('21')).toBeNull();
  });

  it('keeps a formula-looking cell as plain text', () => {
    const r = row({ ...base, purpose: '=HYPERLINK("http://x","y")' });
    expect(r.ok && r.helper.purpose).toBe('=HYPERLINK("http://x","y")');
  });

  it('knows the ward without 区 and gives a key that ignores width and spaces', () => {
    const a = row(base);
    const b = row({ ...base, name: '九州共立大学　まちづくりサークル', kind: 'UNIVERSITY' });
    expect(a.ok && a.helper.ward).toBe('八幡西区');
    expect(a.ok && b.ok && a.helper.listKey === b.helper.listKey).toBe(true);
  });

  it.each([
    [{ ...base, kind: 'NPO法人' }, 'NPO corporations'],
    [{ ...base, kind: '' }, 'kind is missing'],
    [{ ...base, name: '' }, 'name is missing'],
    [{ ...base, ward: '博多区' }, 'seven wards'],
    [{ ...base, ward: '' }, 'ward or the address'],
    [{ ...base, kind: '企業', corporateNumber: '1234567890123' }, 'corporate number'],
    [{ ...base, corporateNumber: '7000012050002' }, 'only for a company'],
    [{ ...base, fields: '料理' }, 'fields'],
  ])('refuses %j', (cells, reason) => {
    const r = row(cells);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.rowNumber).toBe(7);
      expect(r.reason.en).toContain(reason);
    }
  });
});
