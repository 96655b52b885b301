import {
  type CentreFacts,
  type PaperBlock,
  type PaperContent,
  type PaperLine,
  centreWithPhone,
  footerOf,
} from './paper-content';
import { japaneseDay } from './paper-dates';

/** One helper on the notice: no contact details, those come only with an accepted offer. */
export interface NoticeHelper {
  readonly npoName: string;
  /** the NPO's own introduction, or its registered purpose */
  readonly introduction: string | null;
}

export interface NoticeOffer extends NoticeHelper {
  /** what the helper wrote when offering */
  readonly message: string;
}

export interface NoticeSuggestion extends NoticeHelper {
  /** why it fits, in Japanese (matching's reasons) */
  readonly reasons: readonly string[];
}

/** A city scheme that fits the need (schemes' matchSchemesForNeed): whom to call is the city's office. */
export interface NoticeScheme {
  readonly name: string;
  /** what it offers */
  readonly summary: string;
  readonly officeName: string;
  readonly officePhone: string;
}

export interface NoticeNeed {
  readonly title: string;
  readonly offers: readonly NoticeOffer[];
  readonly suggestions: readonly NoticeSuggestion[];
  readonly schemes: readonly NoticeScheme[];
}

export interface NoticeRecords {
  readonly groupName: string;
  readonly officerName: string | null;
  readonly centre: CentreFacts;
  readonly printedAt: Date;
  readonly needs: readonly NoticeNeed[];
}

export const MAX_SUGGESTIONS = 3;
/** Long texts typed by others are cut on paper; the whole text stays on the site. */
const INTRODUCTION_CHARS = 160;
const MESSAGE_CHARS = 240;
const SCHEME_SUMMARY_CHARS = 80;

export const clip = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The お知らせ of one assisted group: each open need, who offered, who might help, what to do. */
export function noticeContent(records: NoticeRecords): PaperContent {
  const call = centreWithPhone(records.centre);
  const blocks: PaperBlock[] = [];
  for (const need of records.needs) {
    blocks.push({ heading: `募集「${need.title}」`, lines: offerLines(need) });
    if (need.offers.length > 0) {
      blocks.push({
        boxed: true,
        lines: [
          { text: `この申し出を受けるときは、${call}にお電話ください。`, strong: true },
          { text: 'お断りするときも、お電話でお知らせください。センターが代わりに返事をします。' },
        ],
      });
    }
    blocks.push(...suggestionBlocks(need.suggestions.slice(0, MAX_SUGGESTIONS), call));
    blocks.push(...schemeBlocks(need.schemes));
  }
  if (records.needs.length === 0) {
    blocks.push({ lines: [{ text: 'いま出している募集はありません。' }] });
  }
  return {
    from: `${records.centre.name}からのお知らせ`,
    title: `${records.groupName} 様`,
    printedOn: `${japaneseDay(records.printedAt)} 印刷`,
    intro: `${records.officerName ? `${records.officerName} 様\n` : ''}「つなぐ」に出している募集について、お知らせします。`,
    blocks,
    footer: footerOf(records.centre),
  };
}

function offerLines(need: NoticeNeed): PaperLine[] {
  if (need.offers.length === 0) return [{ text: 'まだ申し出はありません。' }];
  const lines: PaperLine[] = [{ text: `新しい申し出が ${need.offers.length}件 あります。` }];
  need.offers.forEach((offer, i) => {
    lines.push({ text: `${i + 1}. ${offer.npoName}`, strong: true });
    lines.push({ text: `申し出のことば：「${clip(offer.message, MESSAGE_CHARS)}」`, indent: true });
    if (offer.introduction) {
      lines.push({ text: `どんな団体か：${clip(offer.introduction, INTRODUCTION_CHARS)}`, indent: true });
    }
  });
  return lines;
}

/** One block per helper, so the page may turn between two helpers but never inside one. */
function suggestionBlocks(suggestions: readonly NoticeSuggestion[], call: string): PaperBlock[] {
  if (suggestions.length === 0) return [];
  const blocks: PaperBlock[] = suggestions.map((s, i) => {
    const lines: PaperLine[] = [{ text: `・${s.npoName}`, strong: true }];
    if (s.reasons.length > 0) lines.push({ text: `おすすめの理由：${s.reasons.join('、')}`, indent: true });
    if (s.introduction) lines.push({ text: `どんな団体か：${clip(s.introduction, INTRODUCTION_CHARS)}`, indent: true });
    return i === 0 ? { heading: 'お願いできそうな団体', lines } : { lines };
  });
  blocks.push({
    boxed: true,
    lines: [{ text: `この団体に頼んでみたいときは、${call}にお電話ください。`, strong: true }],
  });
  return blocks;
}

/** 「市の制度も使えます」: each fitting scheme, short, with the office's own phone (not the centre's). */
function schemeBlocks(schemes: readonly NoticeScheme[]): PaperBlock[] {
  return schemes.map((s, i) => {
    const lines: PaperLine[] = [
      { text: `・${s.name}`, strong: true },
      { text: `どんな制度か：${clip(s.summary, SCHEME_SUMMARY_CHARS)}`, indent: true },
      { text: `問い合わせ：${s.officeName}（電話 ${s.officePhone}）`, indent: true },
    ];
    return i === 0 ? { heading: '市の制度も使えます', lines } : { lines };
  });
}
