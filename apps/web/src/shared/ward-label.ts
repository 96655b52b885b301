import { wardNameEn } from '@tsunagu/shared/util';

/** A ward as the reader's language names it: 八幡西区 / Yahatanishi Ward (a place outside the city as written). */
export function wardLabel(ward: string, language: string | undefined): string {
  return language === 'en' ? wardNameEn(ward) : ward;
}
