import { ACTIVITY_FIELDS, HELP_KINDS, type ThesaurusConcept, wardNameEn } from '@tsunagu/shared/util';

/** A reason in both languages; the caller's language picks one when it is answered. */
export interface Reason {
  readonly ja: string;
  readonly en: string;
}

/**
 * Why a helper fits, in plain words. What a reason quotes (「…」) is always a whole word the
 * need itself says, never a piece of one.
 */
export const reasons = {
  concept: (needWord: string, concept: ThesaurusConcept): Reason =>
    needWord === concept.ja
      ? { ja: `「${needWord}」に取り組んでいます`, en: `Works on ${concept.en} (“${needWord}”)` }
      : {
          ja: `「${needWord}」に取り組んでいます（${concept.ja}）`,
          en: `Works on ${concept.en} (“${needWord}”)`,
        },
  word: (needWord: string): Reason => ({
    ja: `活動内容に「${needWord}」`,
    en: `Its activities mention “${needWord}”`,
  }),
  field: (id: number): Reason => {
    const field = ACTIVITY_FIELDS[id - 1];
    return { ja: `活動分野：${field?.labelJa ?? id}`, en: `Field: ${field?.labelEn ?? id}` };
  },
  sameWard: (ward: string): Reason => ({
    ja: `同じ区（${ward}）で活動`,
    en: `Active in the same ward (${wardNameEn(ward)})`,
  }),
  borderingWard: (ward: string): Reason => ({
    ja: `となりの区（${ward}）で活動`,
    en: `Active in the next ward (${wardNameEn(ward)})`,
  }),
  inCity: (ward: string | null): Reason =>
    ward
      ? { ja: `市内（${ward}）で活動`, en: `Active in the city (${wardNameEn(ward)})` }
      : { ja: '市内で活動', en: 'Active in the city' },
  outsideCity: (city: string | null): Reason => ({
    ja: `市外（${city ?? '所在地不明'}）の団体`,
    en: `Based outside the city (${city ?? 'address unknown'})`,
  }),
  helpKind: (id: string): Reason => {
    const kind = HELP_KINDS.find((k) => k.id === id);
    return { ja: `${kind?.labelJa ?? id}を引き受けています`, en: `Offers: ${kind?.labelEn ?? id}` };
  },
  claimed: (): Reason => ({ ja: 'NPOが自分でページを更新しています', en: 'The NPO keeps its own page up to date' }),
  answeredRecently: (): Reason => ({
    ja: '最近も申し出・返信をしています',
    en: 'Has offered help or replied recently',
  }),
  invited: (): Reason => ({ ja: '団体からお誘いがありました', en: 'The group invited you' }),
  fitsNeed: (title: string, group: string, why: readonly Reason[]): Reason => ({
    ja: `「${title}」（${group}）に合う：${why.map((r) => r.ja).join('、')}`,
    en: `Fits “${title}” (${group}): ${why.map((r) => r.en).join('; ')}`,
  }),
};

export function inLanguage(list: readonly Reason[], language: 'ja' | 'en'): string[] {
  return list.map((r) => r[language]);
}
