import { DESIGNATED_CITY_PREFECTURES } from './address.parser';
import type { DemoOpenDataZip } from './demo-open-data-zip';
import { type DemoOpenDataOptions, generateDemoOpenDataRows } from './demo-open-data.generator';
import { encodeOpenDataCsv } from './open-data-csv.encoder';
import { zipOpenDataCsv } from './open-data-zip';
import { OPEN_DATA_COLUMN as C, type OpenDataRow } from './open-data-columns.constant';
import { SeededRandom } from './seeded-random';

/** One ordinary city per prefecture, for addresses of prefecture-supervised NPOs. */
const PREFECTURE_TOWNS: ReadonlyArray<readonly [string, string]> = [
  ['北海道', '旭川市'],
  ['青森県', '弘前市'],
  ['岩手県', '盛岡市'],
  ['宮城県', '石巻市'],
  ['秋田県', '秋田市'],
  ['山形県', '米沢市'],
  ['福島県', '郡山市'],
  ['茨城県', '水戸市'],
  ['栃木県', '宇都宮市'],
  ['群馬県', '高崎市'],
  ['埼玉県', '川越市'],
  ['千葉県', '船橋市'],
  ['東京都', '八王子市'],
  ['神奈川県', '藤沢市'],
  ['新潟県', '長岡市'],
  ['富山県', '富山市'],
  ['石川県', '金沢市'],
  ['福井県', '福井市'],
  ['山梨県', '甲府市'],
  ['長野県', '松本市'],
  ['岐阜県', '岐阜市'],
  ['静岡県', '沼津市'],
  ['愛知県', '豊田市'],
  ['三重県', '津市'],
  ['滋賀県', '大津市'],
  ['京都府', '宇治市'],
  ['大阪府', '豊中市'],
  ['兵庫県', '姫路市'],
  ['奈良県', '奈良市'],
  ['和歌山県', '和歌山市'],
  ['鳥取県', '鳥取市'],
  ['島根県', '松江市'],
  ['岡山県', '倉敷市'],
  ['広島県', '福山市'],
  ['山口県', '下関市'],
  ['徳島県', '徳島市'],
  ['香川県', '高松市'],
  ['愛媛県', '松山市'],
  ['高知県', '高知市'],
  ['福岡県', '久留米市'],
  ['佐賀県', '佐賀市'],
  ['長崎県', '佐世保市'],
  ['熊本県', '八代市'],
  ['大分県', '別府市'],
  ['宮崎県', '宮崎市'],
  ['鹿児島県', '鹿児島市'],
  ['沖縄県', '那覇市'],
];

export interface NationalOpenDataOptions extends Omit<DemoOpenDataOptions, 'count' | 'outsideCityCount'> {
  /** all rows, Kitakyushu's included (the real national file: about 60,000) */
  count?: number;
  /** rows supervised by 北九州市 (the real figure: about 350) */
  kitakyushuCount?: number;
}

/**
 * A whole-country file in the portal's layout for benchmarks: Kitakyushu's NPOs as in the demo
 * file, and the rest spread over the 47 prefectures and the other designated cities, with the
 * same quirks. Deterministic for a given seed.
 */
export function generateNationalOpenDataRows(options: NationalOpenDataOptions = {}): OpenDataRow[] {
  const count = options.count ?? 60_000;
  const kitakyushu = Math.min(options.kitakyushuCount ?? 350, count);
  const seed = options.seed ?? 20261101;
  const rows = generateDemoOpenDataRows({ ...options, seed, count, outsideCityCount: 0 });
  const random = new SeededRandom(seed + 1);
  const cities = Object.keys(DESIGNATED_CITY_PREFECTURES).filter((c) => c !== '北九州市');
  for (let i = kitakyushu; i < rows.length; i++) {
    const row = rows[i];
    const designated = random.chance(0.35);
    const [authority, prefecture, city] = designated
      ? ((c) => [c, DESIGNATED_CITY_PREFECTURES[c], `${c}${random.pick(['中央区', '北区', '南区', '東区', '西区'])}`])(
          random.pick(cities),
        )
      : ((p) => [p[0], p[0], p[1]])(random.pick(PREFECTURE_TOWNS));
    row[C.jurisdiction] = authority;
    if (row[C.mainOfficeAddress]) {
      const street = row[C.mainOfficeAddress].replace(/^.*?区/, '');
      row[C.mainOfficeAddress] = `${random.chance(0.5) ? prefecture : ''}${city}${street}`;
    }
    row[C.portalUrl] = row[C.portalUrl].replace(/detail\/\d{3}/, `detail/${String(i % 1000).padStart(3, '0')}`);
  }
  return rows;
}

/** The national file as the portal publishes it (gyousei_000.zip): one CP932 CSV in a ZIP. */
export function buildNationalOpenDataZip(
  options: NationalOpenDataOptions = {},
  fileDate = '20261031',
): DemoOpenDataZip {
  const rows = generateNationalOpenDataRows(options);
  const csvFileName = `000_AdministrativeInputData_${fileDate}.csv`;
  return {
    zipFileName: 'gyousei_000.zip',
    csvFileName,
    zip: zipOpenDataCsv(csvFileName, encodeOpenDataCsv(rows)),
    rowCount: rows.length,
  };
}
