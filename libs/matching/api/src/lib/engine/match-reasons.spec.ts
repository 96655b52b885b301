import { ACTIVITY_FIELDS, HELP_KINDS, conceptById } from '@tsunagu/shared/util';
import type { HelperKind } from '@tsunagu/npo/api';
import { type Reason, inLanguage, reasons } from './match-reasons';

const KINDS = ['NPO', 'COMPANY', 'UNIVERSITY', 'OTHER'] as HelperKind[];

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}、。「」（）：]/u;
/** An English reason with the need's own words (quoted “…”) taken out. */
const unquoted = (en: string) => en.replace(/“[^”]*”/g, '');

describe('reasons', () => {
  const weeding = conceptById('weeding')!;
  const all: Reason[] = [
    reasons.concept('草刈り', weeding),
    reasons.concept('草取り', weeding),
    reasons.word('竹やぶ'),
    ...ACTIVITY_FIELDS.map((f) => reasons.field(f.id)),
    reasons.sameWard('八幡西区'),
    reasons.borderingWard('戸畑区'),
    reasons.inCity('門司区'),
    reasons.inCity(null),
    reasons.outsideCity('福岡市'),
    reasons.outsideCity(null),
    ...HELP_KINDS.map((k) => reasons.helpKind(k.id)),
    ...KINDS.map((k) => reasons.claimed(k)),
    ...KINDS.flatMap((k) => reasons.helperKind(k) ?? []),
    reasons.answeredRecently(),
    reasons.invited(),
  ];

  it('names activity fields by the short names of the tags, in both languages', () => {
    for (const field of ACTIVITY_FIELDS) {
      const reason = reasons.field(field.id);
      expect(reason.ja).toBe(`活動分野：${field.labelJa}`);
      expect(reason.en).toBe(`Field: ${field.labelEn}`);
      expect(reason.ja).not.toContain('を図る活動');
    }
    expect(reasons.field(7)).toEqual({ ja: '活動分野：環境', en: 'Field: Environment' });
  });

  it('holds no Japanese in English except the quoted words of the need', () => {
    for (const en of inLanguage(all, 'en')) expect(unquoted(en)).not.toMatch(JAPANESE);
    expect(reasons.concept('草刈り', weeding).en).toBe('Works on grass cutting and weeding (“草刈り”)');
    expect(reasons.outsideCity('福岡市').en).toBe('Based outside the city');
    // a ward without an English name is left out rather than shown in Japanese
    expect(reasons.inCity('不明区').en).toBe('Active in the city');
  });

  it('names the kind of every helper but an NPO, in both languages', () => {
    expect(reasons.helperKind('NPO' as HelperKind)).toBeNull();
    expect(reasons.helperKind('COMPANY' as HelperKind)).toEqual({
      ja: '企業です（地域のために活動しているチーム）',
      en: 'A company (a team that works for the community)',
    });
    expect(reasons.helperKind('UNIVERSITY' as HelperKind)?.ja).toBe('大学のゼミ・サークルです');
    expect(reasons.helperKind('UNIVERSITY' as HelperKind)?.en).toMatch(/^A university group/);
    expect(reasons.helperKind('OTHER' as HelperKind)?.en).toMatch(/^A citizens' group/);
    // only an NPO is called an NPO when it keeps its own page
    expect(reasons.claimed('COMPANY' as HelperKind).ja).not.toContain('NPO');
    expect(reasons.claimed('NPO' as HelperKind).ja).toBe('NPOが自分でページを更新しています');
  });

  it('joins the reasons of a fitting need with ", " in English and 「、」 in Japanese', () => {
    const why = [reasons.concept('草刈り', weeding), reasons.field(7)];
    const fits = reasons.fitsNeed('集会所の草刈り', '黒崎四丁目町内会', why);
    expect(fits.en).toBe(
      'Fits “集会所の草刈り” (“黒崎四丁目町内会”): Works on grass cutting and weeding (“草刈り”), Field: Environment',
    );
    expect(unquoted(fits.en)).not.toMatch(JAPANESE);
    expect(fits.ja).toBe(
      '「集会所の草刈り」（黒崎四丁目町内会）に合う：「草刈り」に取り組んでいます（草刈り・除草）、活動分野：環境',
    );
  });

  it('holds no English words in Japanese (NPO is a Japanese word too)', () => {
    for (const ja of inLanguage(all, 'ja')) expect(ja.replaceAll('NPO', '')).not.toMatch(/[A-Za-z]{3,}/);
  });
});
