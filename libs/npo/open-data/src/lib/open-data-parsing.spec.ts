import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { parseAddress } from './address.parser';
import { OPEN_DATA_COLUMN as C, emptyOpenDataRow } from './open-data-columns.constant';
import { encodeOpenDataCsv } from './open-data-csv.encoder';
import { OpenDataFormatError } from './open-data-format.error';
import { readOpenDataFile } from './open-data-file.reader';
import { parseOpenDataRow } from './open-data-row.parser';

function row(patch: Record<number, string>): string[] {
  const cells = emptyOpenDataRow();
  cells[C.name] = '若松こども食堂の会';
  cells[C.jurisdiction] = '北九州市';
  for (const [column, value] of Object.entries(patch)) cells[Number(column)] = value;
  return cells;
}

const parsed = (patch: Record<number, string>) => {
  const result = parseOpenDataRow(row(patch), 2);
  if (!result.ok) throw new Error(result.reason);
  return result.npo;
};

describe('address split', () => {
  it.each([
    ['北九州市八幡西区黒崎3-1-2', '福岡県', '北九州市', '八幡西区'],
    ['福岡県北九州市小倉北区京町５－４－２０', '福岡県', '北九州市', '小倉北区'],
    ['北九州市　門司区　栄町1-1', '福岡県', '北九州市', '門司区'],
    ['北九州市小倉北 1-2-3', '福岡県', '北九州市', '小倉北区'],
    ['戸畑区汐井町1-1', '福岡県', '北九州市', '戸畑区'],
  ])('%s → %s %s %s (prefecture from the authority when missing)', (address, prefecture, city, ward) => {
    expect(parseAddress(address, '北九州市')).toMatchObject({ prefecture, city, ward });
  });

  it('keeps a building name after a full-width space and turns full-width digits into ASCII', () => {
    expect(parseAddress('北九州市若松区本町３－１０－２　市民会館２階', '北九州市').address).toBe(
      '福岡県北九州市若松区本町3-10-2 市民会館2階',
    );
  });

  it('splits other designated cities, towns and tricky city names', () => {
    expect(parseAddress('福岡市中央区天神1-1', '福岡市')).toMatchObject({
      prefecture: '福岡県',
      city: '福岡市',
      ward: '中央区',
    });
    expect(parseAddress('福岡県遠賀郡芦屋町白浜町1-2', '福岡県')).toMatchObject({ city: '遠賀郡芦屋町', ward: null });
    expect(parseAddress('三重県四日市市諏訪町1-5', '三重県')).toMatchObject({ city: '四日市市' });
  });

  it('places an NPO without an address by its authority (most dissolved rows of the real file)', () => {
    expect(parseAddress('', '北九州市')).toEqual({ prefecture: '福岡県', city: '北九州市', ward: null, address: null });
    expect(parseAddress('  ', '福岡県')).toEqual({ prefecture: '福岡県', city: null, ward: null, address: null });
    expect(parseAddress('', '内閣府')).toEqual({ prefecture: null, city: null, ward: null, address: null });
  });
});

describe('row parser: the quirks of the real file', () => {
  it('reads half-width and hiragana readings as full-width katakana', () => {
    expect(parsed({ [C.nameKana]: 'ﾎｸﾌﾞｻﾎﾟｰﾄ' }).nameKana).toBe('ホクブサポート');
    expect(parsed({ [C.nameKana]: 'わかまつ' }).nameKana).toBe('ワカマツ');
    expect(parsed({ [C.nameKana]: '' }).nameKana).toBeNull();
  });

  it('keeps a wrong corporate number but flags it; a blank one is no number', () => {
    expect(parsed({ [C.corporateNumber]: '2073252372453' })).toMatchObject({
      corporateNumber: '2073252372453',
      corporateNumberValid: true,
    });
    expect(parsed({ [C.corporateNumber]: '3073252372453' })).toMatchObject({
      corporateNumber: '3073252372453',
      corporateNumberValid: false,
    });
    expect(parsed({ [C.corporateNumber]: '２０７３２５２３７２４５３' }).corporateNumber).toBe('2073252372453');
    expect(parsed({ [C.corporateNumber]: '' })).toMatchObject({ corporateNumber: null, corporateNumberValid: true });
  });

  it('turns dates into ISO dates and rejects impossible ones with the column named', () => {
    expect(parsed({ [C.establishedOn]: '2018/12/08' }).establishedOn).toBe('2018-12-08');
    expect(parsed({ [C.establishedOn]: '２０１８／１２／０８' }).establishedOn).toBe('2018-12-08');
    const bad = parseOpenDataRow(row({ [C.establishedOn]: '2020/02/30' }), 7);
    expect(bad).toEqual({
      ok: false,
      rowNumber: 7,
      reason: '設立年月日「2020/02/30」という日付はありません',
      name: '若松こども食堂の会',
    });
  });

  it('reads the 20 field flags, certification with its period, supervision and dissolution', () => {
    const npo = parsed({
      [C.firstActivityField]: '○',
      [C.firstActivityField + 12]: '〇',
      [C.certifiedNpo]: '○',
      [C.certificationStart]: '2015/06/06',
      [C.certificationEnd]: '2028/12/26',
      [C.supervision]: '2022年08月05日 改善命令（事業報告書等の未提出）',
      [C.dissolution]: '2004年05月18日 社員総会の決議',
    });
    expect(npo.fields).toEqual([1, 13]);
    expect(npo).toMatchObject({
      certificationKind: 'CERTIFIED',
      certificationStartOn: '2015-06-06',
      certificationEndOn: '2028-12-26',
    });
    expect(npo.supervision).toContain('改善命令');
    expect(npo).toMatchObject({ dissolution: '2004年05月18日 社員総会の決議', dissolvedOn: '2004-05-18' });
  });

  it('keeps line breaks inside the purpose and rejects rows without a name or with the wrong width', () => {
    expect(parsed({ [C.purpose]: 'この法人は、\r\n（１）事業を行う。' }).purpose).toBe(
      'この法人は、\n（１）事業を行う。',
    );
    expect(parseOpenDataRow(row({ [C.name]: '' }), 3)).toMatchObject({ ok: false, reason: '法人名称が空です' });
    expect(parseOpenDataRow(row({}).slice(0, 59), 4)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('60列'),
    });
  });
});

describe('file reader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'opendata-'));
  const file = (name: string, content: Uint8Array | string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const readAll = async (path: string) => {
    const rows = [];
    for await (const r of readOpenDataFile(path)) rows.push(r);
    return rows;
  };
  const special = row({ [C.name]: '髙﨑①㈱の会～', [C.purpose]: '「子ども」と、"地域"を\r\nつなぐ' });

  it('reads the portal ZIP (CP932, CRLF) and picks the CSV member, with CP932-only characters intact', async () => {
    const zip = zipSync({
      'readme.txt': new Uint8Array([65]),
      '000_AdministrativeInputData_20261031.csv': encodeOpenDataCsv([special]),
    });
    const [result] = await readAll(file('gyousei.zip', zip));
    expect(result).toMatchObject({ ok: true, rowNumber: 2, npo: { name: '髙﨑①㈱の会～' } });
  });

  it('reads a re-saved UTF-8 file with or without BOM and LF line ends', async () => {
    for (const encoding of ['utf8', 'utf8-bom'] as const) {
      const rows = await readAll(file(`${encoding}.csv`, encodeOpenDataCsv([special, row({})], { encoding })));
      expect(rows.map((r) => r.ok && r.npo.name)).toEqual(['髙﨑①㈱の会～', '若松こども食堂の会']);
    }
  });

  it.each([
    ['empty.csv', '', '空'],
    ['photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), 'CSVファイルでもZIPファイルでもない'],
    ['nocsv.zip', zipSync({ 'a.txt': new Uint8Array([1]) }), 'CSVファイルがありません'],
    ['utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('法人名称', 'utf16le')]), 'UTF-16'],
  ])('refuses %s before reading any row', async (name, content, words) => {
    const path = file(name, content as Uint8Array);
    const refusal = readAll(path);
    await expect(refusal).rejects.toBeInstanceOf(OpenDataFormatError);
    if (words) await expect(readAll(path)).rejects.toThrow(words);
  });

  it('names the wrong header column', async () => {
    const text = iconv.decode(encodeOpenDataCsv([]), 'cp932').replace('設立年月日', '設立日');
    await expect(readAll(file('header.csv', iconv.encode(text, 'cp932')))).rejects.toThrow(
      '見出しの11列目が「設立日」です',
    );
  });
});
