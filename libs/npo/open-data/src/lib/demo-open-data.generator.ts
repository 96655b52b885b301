import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { withCorporateNumberCheckDigit } from './corporate-number';
import {
  DEMO_THEMES,
  FAMILY_NAMES,
  GIVEN_NAMES,
  OUTSIDE_CITY_PLACES,
  PLACE_WORDS,
  SUFFIX_WORDS,
  WARD_TOWNS,
} from './demo-vocabulary';
import {
  OPEN_DATA_COLUMN as C,
  OPEN_DATA_FLAG,
  emptyOpenDataRow,
  type OpenDataRow,
} from './open-data-columns.constant';
import { SeededRandom } from './seeded-random';

export interface DemoOpenDataOptions {
  /** Rows of the city's own authority (北九州市). */
  count?: number;
  /** Extra rows supervised by 福岡県 with offices outside the city, as in the national file. */
  outsideCityCount?: number;
  seed?: number;
  /** Share of dissolved NPOs; the real city file has about 13%. */
  dissolvedRatio?: number;
  /**
   * Add the quirks real files have (half-width kana, full-width digits, addresses with 福岡県 or a
   * building name, blank or wrong corporate numbers, line breaks and quotes in free text).
   */
  quirks?: boolean;
}

const HALF_WIDTH_KANA: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ...'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー',
  ].map((c, i) => [c, [...'ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ'][i]]),
);
const DAKUTEN: Readonly<Record<string, string>> = {
  ガ: 'ｶﾞ',
  ギ: 'ｷﾞ',
  グ: 'ｸﾞ',
  ゲ: 'ｹﾞ',
  ゴ: 'ｺﾞ',
  ザ: 'ｻﾞ',
  ジ: 'ｼﾞ',
  ズ: 'ｽﾞ',
  ゼ: 'ｾﾞ',
  ゾ: 'ｿﾞ',
  ダ: 'ﾀﾞ',
  ヂ: 'ﾁﾞ',
  ヅ: 'ﾂﾞ',
  デ: 'ﾃﾞ',
  ド: 'ﾄﾞ',
  バ: 'ﾊﾞ',
  ビ: 'ﾋﾞ',
  ブ: 'ﾌﾞ',
  ベ: 'ﾍﾞ',
  ボ: 'ﾎﾞ',
  パ: 'ﾊﾟ',
  ピ: 'ﾋﾟ',
  プ: 'ﾌﾟ',
  ペ: 'ﾍﾟ',
  ポ: 'ﾎﾟ',
};

function toHalfWidthKana(katakana: string): string {
  return [...katakana].map((c) => DAKUTEN[c] ?? HALF_WIDTH_KANA[c] ?? c).join('');
}

function toFullWidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/-/g, '－');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const slashDate = (y: number, m: number, d: number) => `${y}/${pad(m)}/${pad(d)}`;
const kanjiDate = (y: number, m: number, d: number) => `${y}年${pad(m)}月${pad(d)}日`;

/**
 * Generates rows in the exact layout of the national file for made-up Kitakyushu NPOs. The same
 * options always give the same rows, so tests and demo data are stable.
 */
export function generateDemoOpenDataRows(options: DemoOpenDataOptions = {}): OpenDataRow[] {
  const count = options.count ?? 320;
  const outsideCityCount = options.outsideCityCount ?? 0;
  const dissolvedRatio = options.dissolvedRatio ?? 0.13;
  const quirks = options.quirks ?? true;
  const random = new SeededRandom(options.seed ?? 20261031);
  const usedNames = new Set<string>();
  const rows: OpenDataRow[] = [];

  for (let i = 0; i < count + outsideCityCount; i++) {
    const inCity = i < count;
    const row = emptyOpenDataRow();
    const theme = random.pick(DEMO_THEMES);

    let name = '';
    let kana = '';
    for (let attempt = 0; !name || usedNames.has(name); attempt++) {
      const place = random.pick(PLACE_WORDS);
      const suffix = random.pick(SUFFIX_WORDS);
      const number = attempt > 3 ? String(attempt) : '';
      name = `${place.text}${theme.name.text}${suffix.text}${number}`;
      kana = `${place.kana}${theme.name.kana}${suffix.kana}${number}`;
    }
    usedNames.add(name);
    row[C.name] = name;
    row[C.nameKana] = quirks && random.chance(0.06) ? toHalfWidthKana(kana) : quirks && random.chance(0.02) ? '' : kana;

    const dissolved = random.chance(dissolvedRatio);
    row[C.jurisdiction] = inCity ? '北九州市' : '福岡県';
    if (!dissolved || random.chance(0.1)) {
      const { address, postalCode } = inCity ? cityAddress(random, quirks) : outsideAddress(random, quirks);
      row[C.mainOfficeAddress] = address;
      row[C.postalCode] = postalCode;
    }

    const family = random.pick(FAMILY_NAMES);
    const given = random.pick(GIVEN_NAMES);
    row[C.representative] = `${family.text}　${given.text}`;
    row[C.representativeKana] = `${family.kana}　${given.kana}`;

    const year = random.int(1999, 2025);
    const month = random.int(1, 12);
    const day = random.int(1, 28);
    row[C.certifiedOn] = slashDate(year, month, day);
    row[C.establishedOn] = slashDate(year, month, Math.min(28, day + random.int(0, 20)));

    row[C.purpose] =
      quirks && random.chance(0.15) ? `${theme.purpose}\r\n（１）「ふれあい」事業を行う。` : theme.purpose;
    const fields = new Set(theme.fields.filter((_, index) => index === 0 || random.chance(0.8)));
    if (random.chance(0.2)) fields.add(random.int(1, 20));
    for (const field of fields) row[C.firstActivityField + field - 1] = OPEN_DATA_FLAG;

    if (!dissolved && random.chance(0.06)) {
      const start = random.int(2012, 2023);
      row[C.certifiedNpo] = OPEN_DATA_FLAG;
      row[C.certificationStart] = slashDate(start, 4, 1);
      row[C.certificationEnd] = slashDate(start + 5, 3, 31);
    } else if (!dissolved && random.chance(0.01)) {
      row[C.specialCertifiedNpo] = OPEN_DATA_FLAG;
      row[C.specialCertificationStart] = slashDate(2024, 6, 1);
      row[C.specialCertificationEnd] = slashDate(2027, 5, 31);
    }

    if (random.chance(0.03)) {
      row[C.supervision] =
        `${kanjiDate(random.int(2015, 2025), random.int(1, 12), random.int(1, 28))} 改善命令（事業報告書等の未提出）`;
    }
    if (dissolved) {
      const reason = random.pick(['社員総会の決議', '認証の取消し', '合併', '破産手続開始の決定']);
      row[C.dissolution] =
        `${kanjiDate(Math.min(2026, year + random.int(1, 15)), random.int(1, 12), random.int(1, 28))} ${reason}`;
    }

    row[C.portalUrl] = `https://www.npo-homepage.go.jp/npoportal/detail/${inCity ? '389' : '040'}${pad(i + 1, 6)}`;
    const body = Array.from({ length: 12 }, () => random.int(0, 9)).join('');
    let corporateNumber = withCorporateNumberCheckDigit(body);
    if (quirks && random.chance(0.02)) corporateNumber = '';
    else if (quirks && random.chance(0.015)) corporateNumber = `${(Number(corporateNumber[0]) + 1) % 10}${body}`;
    row[C.corporateNumber] = corporateNumber;

    row[C.programmes] =
      quirks && random.chance(0.1) ? `${theme.programmes}\n「${theme.name.text}だより」の発行` : theme.programmes;
    row[C.fiscalYearStart] = '04/01';
    row[C.fiscalYearEnd] = '03/31';
    rows.push(row);
  }
  return rows;
}

function cityAddress(random: SeededRandom, quirks: boolean): { address: string; postalCode: string } {
  const ward = random.pick(KITAKYUSHU_WARDS);
  const { postal, towns } = WARD_TOWNS[ward];
  const number = `${random.int(1, 5)}-${random.int(1, 30)}-${random.int(1, 25)}`;
  let address = `北九州市${ward}${random.pick(towns)}${quirks && random.chance(0.15) ? toFullWidthDigits(number) : number}`;
  if (quirks && random.chance(0.2)) address = `福岡県${address}`;
  if (quirks && random.chance(0.1))
    address = `${address}　${random.pick(['市民会館２階', 'コーポ紫川101', '第一ビル3F'])}`;
  return { address, postalCode: `${postal}-${pad(random.int(1, 99), 4)}` };
}

function outsideAddress(random: SeededRandom, quirks: boolean): { address: string; postalCode: string } {
  const place = random.pick(OUTSIDE_CITY_PLACES);
  const number = `${random.int(1, 5)}-${random.int(1, 30)}`;
  const address = `${quirks && random.chance(0.5) ? '' : '福岡県'}${place.city}${place.town}${number}`;
  return { address, postalCode: `${place.postal}-${pad(random.int(1, 99), 4)}` };
}
