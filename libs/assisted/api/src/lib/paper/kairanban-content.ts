import { type CentreFacts, centreWithPhone } from './paper-content';
import { japaneseDay } from './paper-dates';

export interface KairanbanNeed {
  readonly title: string;
  readonly groupName: string;
  readonly publishedAt: Date | null;
}

/** A published good example of the area, as the insert names it. */
export interface KairanbanStory {
  readonly title: string;
  readonly groupName: string;
  readonly helperName: string;
}

export interface KairanbanContent {
  readonly from: string;
  readonly title: string;
  readonly lead: string;
  readonly needs: readonly string[];
  /** 「ほか3件」 when not every need fits on the one page */
  readonly more: string | null;
  readonly qrUrl: string;
  readonly qrCaption: string;
  readonly contact: string;
  readonly printedOn: string;
  /** the area's newest good example (好事例), in a box of its own above the QR code */
  readonly story: { readonly heading: string; readonly text: string } | null;
}

/**
 * The newest needs that fit in `slots` lines of the page; when some are left out, the last slot
 * says how many (「ほか○件」), so the one page never overflows.
 */
export function fitNeeds<T extends KairanbanNeed>(needs: readonly T[], slots: number): { shown: T[]; left: number } {
  const newest = [...needs].sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0));
  if (newest.length <= slots) return { shown: newest, left: 0 };
  const shown = newest.slice(0, Math.max(slots - 1, 0));
  return { shown, left: newest.length - shown.length };
}

export function kairanbanContent(
  centre: CentreFacts,
  needs: readonly KairanbanNeed[],
  slots: number,
  publicUrl: string,
  printedAt: Date,
  story: KairanbanStory | null = null,
): KairanbanContent {
  const { shown, left } = fitNeeds(needs, slots);
  return {
    from: `回覧　${centre.name}からのお知らせ`,
    title: 'お手伝いしてくれる方・団体を探しています',
    lead:
      shown.length > 0
        ? 'この地域の自治会・町内会が、次のことで手を貸してくれる方を探しています。'
        : 'いまは、この地域の募集はありません。新しい募集は「つなぐ」に出ます。',
    needs: shown.map((n) => `${n.title}（${n.groupName}）`),
    more: left > 0 ? `ほか${left}件` : null,
    qrUrl: `${publicUrl}/needs`,
    qrCaption: 'スマートフォンで読み取ると、募集の一覧と、くわしい内容が見られます。',
    contact: `手伝ってみたい方、くわしく知りたい方は、${centreWithPhone(centre)}へお電話ください。`,
    printedOn: `${japaneseDay(printedAt)} 現在`,
    story: story
      ? {
          heading: '地域の好事例',
          text: `「${story.title}」（${story.groupName}と${story.helperName}）。くわしくは「つなぐ」の好事例のページで読めます。`,
        }
      : null,
  };
}
