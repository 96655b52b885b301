import type { BookEntry } from '@tsunagu/databook/api';

/** Asks printed on the first page; the rest are counted ("ほかにも…"). */
export const MAX_ASKS_ON_LETTER = 3;

/** One group waiting for the NPO, and what it asks for. */
export interface LetterAsk {
  readonly groupName: string;
  readonly groupWard: string;
  readonly needTitle: string;
  readonly needSummary: string;
  readonly needWard: string;
}

/** Everything one letter (and its mail) says to one NPO. */
export interface LetterContent {
  readonly npoId: string;
  /** 〒 as printed, e.g. "802-0002" (null: none registered) */
  readonly postalCode: string | null;
  readonly address: string | null;
  readonly npoName: string;
  readonly representative: string | null;
  readonly date: Date;
  readonly sender: string;
  readonly cityName: string;
  readonly asks: readonly LetterAsk[];
  /** open requests beyond those printed */
  readonly moreAsks: number;
  readonly code: string;
  readonly expiresAt: Date;
  /** where to type the code */
  readonly claimPageUrl: string;
  /** what the QR code (and the mail's link) opens: the code already filled in */
  readonly claimUrl: string;
  readonly officePhone: string;
  /** when the office answers, as printed */
  readonly officeHours: string;
  /** the data-book entry to check (掲載内容のご確認), when staff asked for it */
  readonly entry: BookEntry | null;
  /** where the NPO confirms or corrects its entry once it has claimed */
  readonly npoPageUrl: string;
}

/** A day as Japanese letters write it, on Japan's calendar: 2026年12月2日. */
export function japaneseDate(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return `${part('year')}年${part('month')}月${part('day')}日`;
}

/** "8020002", "802-0002" or "８０２－０００２" → "802-0002"; anything else as registered. */
export function postalCodeOf(raw: string | null): string | null {
  if (!raw?.trim()) return null;
  const digits = raw.normalize('NFKC').replace(/\D/g, '');
  return digits.length === 7 ? `${digits.slice(0, 3)}-${digits.slice(3)}` : raw.trim();
}

/** The start of a need's description on one or two lines: whole sentences when they fit. */
export function summaryOf(description: string, maxChars = 70): string {
  const text = description.replace(/\s+/g, ' ').trim();
  if (text.length <= maxChars) return text;
  const sentences = text.match(/[^。！？]+[。！？]?/g) ?? [text];
  let kept = '';
  for (const s of sentences) {
    if ((kept + s).length > maxChars) break;
    kept += s;
  }
  return kept || `${text.slice(0, maxChars - 1)}…`;
}

/** Open data names the corporation without its kind; the letter uses its full legal form. */
export function corporateKind(name: string): string | null {
  return /^(特定非営利活動法人|認定特定非営利活動法人|NPO法人|ＮＰＯ法人)/.test(name) ? null : '特定非営利活動法人';
}

export const addressee = (representative: string | null) =>
  representative?.trim() ? `代表者　${representative.trim()}　様` : 'ご担当者　様';

export function letterTitle(letter: Pick<LetterContent, 'asks'>): string {
  return letter.asks.length > 0
    ? '『つなぐ』からのお知らせ：地域の団体が、あなたの団体の力を借りたいと考えています'
    : '『つなぐ』へのご案内：地域の団体と、あなたの団体をつなぎます';
}

/** The opening paragraph: why the city writes. */
export function letterIntro(letter: Pick<LetterContent, 'asks' | 'cityName'>): string {
  const service = `${letter.cityName}は、地域の団体（自治会・町内会、まちづくり協議会など）とNPOをつなぐ「つなぐ」という仕組みを始めました。`;
  return letter.asks.length > 0
    ? `いつも地域のためのご活動、ありがとうございます。${service}地域の団体が、あなたの団体に手伝ってほしいと言っています。`
    : `いつも地域のためのご活動、ありがとうございます。${service}地域の団体は、手伝ってほしいことを「つなぐ」にのせています。あなたの団体も登録すると、団体の紹介を自分で書いたり、地域の困りごとを見て手伝いを申し出たりできます。`;
}

export const ASKS_HEADING = 'お願いしている団体と、手伝ってほしいこと';
export const ANSWER_HEADING = 'お返事のしかた（登録は無料です）';

export const moreAsksLine = (more: number) => `ほかにも ${more} 件のお願いがあります。登録すると、すべて見られます。`;

/** The steps of the answer box, around the printed code. */
export function answerSteps(letter: Pick<LetterContent, 'claimPageUrl' | 'npoName'>): {
  open: string;
  enter: string;
  after: string;
} {
  return {
    open: `1. スマートフォンやパソコンで ${letter.claimPageUrl} を開くか、右のQRコードを読みとってください。`,
    enter: '2. 次の番号（8文字）を入れてください。',
    after: `3. メールアドレスで登録すると、「${letter.npoName}」の担当者になります。市の確認を待つ必要はありません。`,
  };
}

export const expiryLine = (letter: Pick<LetterContent, 'expiresAt'>) =>
  `この番号は ${japaneseDate(letter.expiresAt)} まで、一度だけ使えます。人に見せないでください。`;

export const contactLine = (letter: Pick<LetterContent, 'sender' | 'officePhone' | 'officeHours'>) =>
  `お問い合わせ：${letter.sender}　電話 ${letter.officePhone}（${letter.officeHours}）`;

export const ignoreLine = 'お心当たりがないときや、「つなぐ」を使わないときは、この手紙は捨ててかまいません。';

/** The entry page's words (掲載内容のご確認). */
export const ENTRY_HEADING = '掲載内容のご確認';
export function entryIntro(letter: Pick<LetterContent, 'cityName'>): string {
  return `${letter.cityName}は、毎年「NPOデータブック」を作り、市民センターなどでお配りしています。あなたの団体は、次の内容でのせる予定です。`;
}
export function entrySteps(letter: Pick<LetterContent, 'npoPageUrl'>): string {
  return [
    '確認のしかた',
    '1. 1枚目の方法で「つなぐ」に登録してください。',
    `2. 団体のページ（${letter.npoPageUrl}）の「掲載内容のご確認」で、「このままでよい」か「直す」を選んでください。`,
    '直すときは、団体の紹介文などを書きなおしてください。次のデータブックから、その内容でのせます。',
  ].join('\n');
}

/** The same invitation as a mail, where staff hold the NPO's address. */
export function letterMail(letter: LetterContent): { subject: string; text: string } {
  const lines = [
    `${corporateKind(letter.npoName) ?? ''}${letter.npoName}`,
    addressee(letter.representative),
    '',
    letterIntro(letter),
    '',
  ];
  if (letter.asks.length > 0) {
    lines.push(`■ ${ASKS_HEADING}`);
    for (const ask of letter.asks) {
      lines.push(`・${ask.groupName}（${ask.groupWard}）`, `　「${ask.needTitle}」（${ask.needWard}）`);
      if (ask.needSummary) lines.push(`　${ask.needSummary}`);
    }
    if (letter.moreAsks > 0) lines.push(moreAsksLine(letter.moreAsks));
    lines.push('');
  }
  lines.push(
    `■ ${ANSWER_HEADING}`,
    '次のリンクを開き、メールアドレスで登録してください。番号はもう入っています。',
    letter.claimUrl,
    '',
    `リンクが開けないときは、${letter.claimPageUrl} を開いて、次の番号を入れてください。`,
    `番号：${letter.code}`,
    expiryLine(letter),
    '',
    '同じ内容の手紙を、登録されている住所にもお送りします。番号は手紙と同じです。',
    contactLine(letter),
    ignoreLine,
    '',
    `${letter.sender}（${japaneseDate(letter.date)}）`,
  );
  return { subject: letterTitle(letter), text: lines.join('\n') };
}
