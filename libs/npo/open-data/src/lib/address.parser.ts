import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { normalizeText } from './japanese-text';

export interface ParsedAddress {
  prefecture: string | null;
  city: string | null;
  ward: string | null;
  /** normalised full address, with the prefecture when it could be derived */
  address: string | null;
}

/** The 20 designated cities (政令指定都市), which are also supervising authorities, and their prefecture. */
export const DESIGNATED_CITY_PREFECTURES: Readonly<Record<string, string>> = {
  札幌市: '北海道',
  仙台市: '宮城県',
  さいたま市: '埼玉県',
  千葉市: '千葉県',
  横浜市: '神奈川県',
  川崎市: '神奈川県',
  相模原市: '神奈川県',
  新潟市: '新潟県',
  静岡市: '静岡県',
  浜松市: '静岡県',
  名古屋市: '愛知県',
  京都市: '京都府',
  大阪市: '大阪府',
  堺市: '大阪府',
  神戸市: '兵庫県',
  岡山市: '岡山県',
  広島市: '広島県',
  北九州市: '福岡県',
  福岡市: '福岡県',
  熊本市: '熊本県',
};

const PREFECTURE = /^(東京都|北海道|(?:京都|大阪)府|[^\s\d]{2,3}?県)/;
// Municipalities whose own name holds 市, 町 or 村, which a lazy match would cut short.
const TRICKY_MUNICIPALITIES = [
  '四日市市',
  '廿日市市',
  '市川市',
  '市原市',
  '野々市市',
  '大町市',
  '町田市',
  '十日町市',
  '村山市',
  '東村山市',
  '武蔵村山市',
  '羽村市',
  '大村市',
];
const MUNICIPALITY = /^(.{1,6}?郡.{1,6}?[町村]|.{1,6}?市|.{1,6}?区|.{1,6}?[町村])/;
// Old and loose spellings of Kitakyushu's wards seen in hand-typed data.
const WARD_VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^小倉北(?!区)/, '小倉北区'],
  [/^小倉南(?!区)/, '小倉南区'],
  [/^八幡東(?!区)/, '八幡東区'],
  [/^八幡西(?!区)/, '八幡西区'],
  [/^門司(?!区)/, '門司区'],
  [/^若松(?!区)/, '若松区'],
  [/^戸畑(?!区)/, '戸畑区'],
];

function prefectureOfAuthority(authority: string): string | null {
  if (PREFECTURE.test(authority) && PREFECTURE.exec(authority)?.[0] === authority) return authority;
  return DESIGNATED_CITY_PREFECTURES[authority] ?? null;
}

// A designated city supervises only the NPOs inside it; a prefecture gives only the prefecture.
function placeOfAuthority(authority: string): Pick<ParsedAddress, 'prefecture' | 'city'> {
  return {
    prefecture: prefectureOfAuthority(authority),
    city: Object.hasOwn(DESIGNATED_CITY_PREFECTURES, authority) ? authority : null,
  };
}

/**
 * Splits a main-office address into prefecture / city / ward. The prefecture comes from the
 * authority when the address leaves it out (北九州市八幡西区… under 北九州市 → 福岡県); the ward is
 * the part after a designated city up to 区, and Kitakyushu's wards are recognised however
 * they are spelled (spaces, full-width characters, 区 left out, the city left out).
 */
export function parseAddress(raw: string, authority: string): ParsedAddress {
  const text = normalizeText(raw).replace(/\s+/g, ' ');
  // Most dissolved NPOs of the real file have no address left: the authority is then the best
  // knowledge of where they were (a designated city supervises only the NPOs inside it).
  if (!text) return { ...placeOfAuthority(authority), ward: null, address: null };
  const compact = text.replace(/ /g, '');

  let rest = compact;
  let prefecture = PREFECTURE.exec(rest)?.[0] ?? null;
  if (prefecture) rest = rest.slice(prefecture.length);

  let city: string | null = null;
  const designated = Object.keys(DESIGNATED_CITY_PREFECTURES).find((name) => rest.startsWith(name));
  const tricky = TRICKY_MUNICIPALITIES.find((name) => rest.startsWith(name));
  if (designated) city = designated;
  else if (tricky) city = tricky;
  else if (authority === '北九州市' && KITAKYUSHU_WARDS.some((w) => rest.startsWith(w.slice(0, 2)))) city = null;
  else city = MUNICIPALITY.exec(rest)?.[0] ?? null;
  if (city) rest = rest.slice(city.length);

  let ward: string | null = null;
  if (city === '北九州市' || (city === null && authority === '北九州市')) {
    const variant = WARD_VARIANTS.find(([pattern]) => pattern.test(rest));
    ward = KITAKYUSHU_WARDS.find((w) => rest.startsWith(w)) ?? variant?.[1] ?? null;
    if (ward) city = '北九州市';
  } else if (designated) {
    ward = /^.{1,4}?区/.exec(rest)?.[0] ?? null;
  }

  prefecture ??= (city && DESIGNATED_CITY_PREFECTURES[city]) ?? prefectureOfAuthority(authority);
  const address = prefecture && !text.startsWith(prefecture) ? `${prefecture}${text}` : text;
  return { prefecture, city, ward, address };
}
