import {
  HELP_KINDS,
  type ThesaurusConcept,
  activityFieldById,
  isKitakyushuWard,
  wardNameEn,
} from '@tsunagu/shared/util';
import type { HelperKind } from '@tsunagu/npo/api';

/** A reason in both languages; the caller's language picks one when it is answered. */
export interface Reason {
  readonly ja: string;
  readonly en: string;
}

// English names a place only when it has an English name: a Japanese place name is no quote of the need.
const wardEn = (ward: string | null, format: (name: string) => string, otherwise: string) =>
  ward && isKitakyushuWard(ward) ? format(wardNameEn(ward)) : otherwise;

const HELPER_KIND_REASONS: Partial<Record<HelperKind, Reason>> = {
  COMPANY: { ja: '企業です（地域のために活動しているチーム）', en: 'A company (a team that works for the community)' },
  UNIVERSITY: { ja: '大学のゼミ・サークルです', en: 'A university group (a seminar or club)' },
  OTHER: { ja: '市民の団体です（NPO法人ではありません）', en: "A citizens' group (not an incorporated NPO)" },
};

/**
 * Why a helper fits, in plain words. What a reason quotes (「…」 in Japanese, “…” in English) is
 * always a whole word the need itself says, never a piece of one; in English, Japanese appears
 * only inside such quotes (the need's own words, its title and its group's name), and lists are
 * joined with ", ". Activity fields are named by the short names the web shows on the tags
 * (ACTIVITY_FIELDS labelJa/labelEn), never by the statute's long names.
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
    const field = activityFieldById(id);
    return { ja: `活動分野：${field?.labelJa ?? id}`, en: `Field: ${field?.labelEn ?? id}` };
  },
  sameWard: (ward: string): Reason => ({
    ja: `同じ区（${ward}）で活動`,
    en: wardEn(ward, (name) => `Active in the same ward (${name})`, 'Active in the same ward'),
  }),
  borderingWard: (ward: string): Reason => ({
    ja: `となりの区（${ward}）で活動`,
    en: wardEn(ward, (name) => `Active in the next ward (${name})`, 'Active in the next ward'),
  }),
  inCity: (ward: string | null): Reason => ({
    ja: ward ? `市内（${ward}）で活動` : '市内で活動',
    en: wardEn(ward, (name) => `Active in the city (${name})`, 'Active in the city'),
  }),
  outsideCity: (city: string | null): Reason => ({
    ja: `市外（${city ?? '所在地不明'}）の団体`,
    en: city ? 'Based outside the city' : 'Based outside the city (address unknown)',
  }),
  helpKind: (id: string): Reason => {
    const kind = HELP_KINDS.find((k) => k.id === id);
    return { ja: `${kind?.labelJa ?? id}を引き受けています`, en: `Offers: ${kind?.labelEn ?? id}` };
  },
  claimed: (kind: HelperKind): Reason =>
    kind === 'NPO'
      ? { ja: 'NPOが自分でページを更新しています', en: 'The NPO keeps its own page up to date' }
      : { ja: '自分でページを更新しています', en: 'Keeps its own page up to date' },
  /** What kind of helper it is, for all but NPOs (the usual helper): the first reason of a non-NPO. */
  helperKind: (kind: HelperKind): Reason | null => HELPER_KIND_REASONS[kind] ?? null,
  answeredRecently: (): Reason => ({
    ja: '最近も申し出・返信をしています',
    en: 'Has offered help or replied recently',
  }),
  invited: (): Reason => ({ ja: '団体からお誘いがありました', en: 'The group invited you' }),
  fitsNeed: (title: string, group: string, why: readonly Reason[]): Reason => ({
    ja: `「${title}」（${group}）に合う：${why.map((r) => r.ja).join('、')}`,
    en: `Fits “${title}” (“${group}”): ${why.map((r) => r.en).join(', ')}`,
  }),
};

export function inLanguage(list: readonly Reason[], language: 'ja' | 'en'): string[] {
  return list.map((r) => r[language]);
}
