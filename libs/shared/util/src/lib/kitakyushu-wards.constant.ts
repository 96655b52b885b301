/**
 * Kitakyushu's seven wards and which border which (product brief; approximate, staff may edit
 * the stored copy later). Matching ranks "same ward > bordering ward > elsewhere in the city".
 */
export const KITAKYUSHU_WARDS = ['門司区', '小倉北区', '小倉南区', '若松区', '八幡東区', '八幡西区', '戸畑区'] as const;

export type KitakyushuWard = (typeof KITAKYUSHU_WARDS)[number];

export const KITAKYUSHU_WARD_BORDERS: Readonly<Record<KitakyushuWard, readonly KitakyushuWard[]>> = {
  門司区: ['小倉北区', '小倉南区'],
  小倉北区: ['門司区', '小倉南区', '戸畑区', '八幡東区'],
  小倉南区: ['門司区', '小倉北区', '八幡東区'],
  若松区: ['八幡西区', '戸畑区'],
  八幡東区: ['小倉北区', '小倉南区', '戸畑区', '八幡西区'],
  八幡西区: ['八幡東区', '若松区'],
  戸畑区: ['小倉北区', '八幡東区', '若松区'],
};

export function isKitakyushuWard(value: string): value is KitakyushuWard {
  return (KITAKYUSHU_WARDS as readonly string[]).includes(value);
}

export function wardsBorder(a: KitakyushuWard, b: KitakyushuWard): boolean {
  return KITAKYUSHU_WARD_BORDERS[a].includes(b);
}

const WARD_NAMES_EN: Readonly<Record<KitakyushuWard, string>> = {
  門司区: 'Moji Ward',
  小倉北区: 'Kokurakita Ward',
  小倉南区: 'Kokuraminami Ward',
  若松区: 'Wakamatsu Ward',
  八幡東区: 'Yahatahigashi Ward',
  八幡西区: 'Yahatanishi Ward',
  戸畑区: 'Tobata Ward',
};

/** A ward's name in English (a place outside the city stays as written). */
export function wardNameEn(ward: string): string {
  return isKitakyushuWard(ward) ? WARD_NAMES_EN[ward] : ward;
}
