import { type CentreFacts, type PaperContent, type PaperLine, footerOf } from './paper-content';
import { addDays, isWithin, japaneseDay, japaneseMonthDay, weekSpan } from './paper-dates';

export interface DigestMessage {
  readonly createdAt: Date;
  readonly fromHelper: boolean;
  /** taken by phone or on paper and written down by the centre */
  readonly byPhone: boolean;
}

export interface DigestOffer {
  readonly npoName: string;
  readonly status: string;
  readonly createdAt: Date;
  readonly decidedAt: Date | null;
  readonly answeredByPhone: boolean;
  readonly messages: readonly DigestMessage[];
}

export interface DigestNeed {
  readonly title: string;
  readonly status: string;
  readonly publishedAt: Date | null;
  readonly closedAt: Date | null;
  readonly offers: readonly DigestOffer[];
}

export interface DigestGroup {
  readonly name: string;
  readonly assisted: boolean;
  readonly officerName: string | null;
  readonly officerPhone: string | null;
  readonly needs: readonly DigestNeed[];
}

const DECISION_WORDS: Record<string, string> = { ACCEPTED: '受ける', DECLINED: '断る' };
const CLOSED = new Set(['DONE', 'EXPIRED', 'CANCELLED']);

/**
 * For the centre's staff: what changed for each of its groups in the week from `monday` (new
 * offers, replies taken by phone, helpers' messages, needs posted or closed), and what is waiting
 * for the officer's answer at any age, with the number to call.
 */
export function weeklyDigestContent(
  centre: CentreFacts,
  groups: readonly DigestGroup[],
  monday: string,
  printedAt: Date,
): PaperContent {
  const span = weekSpan(monday);
  return {
    from: `${centre.name}　職員用`,
    title: '週のまとめ',
    printedOn: `${japaneseDay(printedAt)} 印刷`,
    intro: `${japaneseDay(monday)}から${japaneseDay(addDays(monday, 6))}までの動きと、やること。役員の連絡先が書いてあります。取り扱いに気をつけてください。`,
    blocks: groups.map((g) => ({
      heading: `${g.name}${g.assisted ? '（代理入力）' : ''}`,
      lines: groupLines(g, span),
    })),
    footer: footerOf(centre),
  };
}

function groupLines(g: DigestGroup, span: { from: Date; to: Date }): PaperLine[] {
  const changes: PaperLine[] = [];
  const todo: PaperLine[] = [];
  for (const need of g.needs) {
    if (isWithin(need.publishedAt, span))
      changes.push({ text: `募集を出した：「${need.title}」（${day(need.publishedAt)}）` });
    if (CLOSED.has(need.status) && isWithin(need.closedAt, span)) {
      changes.push({ text: `募集を閉じた：「${need.title}」（${day(need.closedAt)}）` });
    }
    for (const offer of need.offers) {
      const about = `${offer.npoName}（「${need.title}」）`;
      if (isWithin(offer.createdAt, span)) changes.push({ text: `新しい申し出：${about}（${day(offer.createdAt)}）` });
      const decision = DECISION_WORDS[offer.status];
      if (decision && offer.answeredByPhone && isWithin(offer.decidedAt, span)) {
        changes.push({ text: `電話で受けた返事：${about}を${decision}（${day(offer.decidedAt)}）` });
      }
      const week = offer.messages.filter((m) => isWithin(m.createdAt, span));
      const fromHelper = week.filter((m) => m.fromHelper).length;
      const byPhone = week.filter((m) => m.byPhone).length;
      if (fromHelper > 0) changes.push({ text: `支援者からのメッセージ：${about} ${fromHelper}件` });
      if (byPhone > 0) changes.push({ text: `電話で受けた伝言：${about} ${byPhone}件` });
      if (offer.status === 'PENDING') {
        todo.push({ text: `返事待ち：${about}の申し出（${day(offer.createdAt)}から）`, strong: true });
      }
    }
  }
  if (todo.length > 0) {
    todo.push({
      text: `→ ${g.officerName ?? '役員'}さん（電話 ${g.officerPhone ?? '登録なし'}）に電話して、返事を聞いてください。`,
      indent: true,
    });
  }
  return [
    ...(changes.length > 0 ? changes : [{ text: 'この週の動きはありません。' }]),
    ...(todo.length > 0 ? [{ text: 'やること', strong: true }, ...todo] : []),
  ];
}

const day = (at: Date | null) => (at ? japaneseMonthDay(at) : '');
