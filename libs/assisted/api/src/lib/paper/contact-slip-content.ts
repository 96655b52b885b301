import { type CentreFacts, type PaperContent, type PaperLine, centreWithPhone, footerOf } from './paper-content';
import { japaneseDay } from './paper-dates';

/** Both sides of an accepted offer, as the privacy rule reveals them (OfferContacts). */
export interface ContactSlipRecords {
  readonly needTitle: string;
  readonly groupName: string;
  readonly officerName: string | null;
  readonly officerPhone: string | null;
  readonly npoName: string;
  readonly npoPeople: ReadonlyArray<{ name: string; email: string | null }>;
  /** the NPO's own note on how groups reach it (often a phone number) */
  readonly npoContact: string | null;
  readonly acceptedAt: Date | null;
  readonly centre: CentreFacts;
  readonly printedAt: Date;
}

/** The 連絡票 of an accepted offer: who helps with what, how each side reaches the other. */
export function contactSlipContent(r: ContactSlipRecords): PaperContent {
  const helper: PaperLine[] = [{ text: r.npoName, strong: true }];
  for (const person of r.npoPeople) {
    helper.push({ text: `担当：${person.name}${person.email ? `（メール ${person.email}）` : ''}`, indent: true });
  }
  if (r.npoContact) helper.push({ text: `連絡先：${r.npoContact}`, indent: true });
  if (r.npoPeople.length === 0 && !r.npoContact) {
    helper.push({ text: `連絡先は${r.centre.name}にお問い合わせください。`, indent: true });
  }
  const officer: PaperLine[] = [
    { text: r.groupName, strong: true },
    { text: `役員：${r.officerName ?? '（登録なし）'}`, indent: true },
    { text: `電話：${r.officerPhone ?? '（登録なし）'}`, indent: true },
  ];
  return {
    from: `${r.centre.name}からのお知らせ`,
    title: '連絡票',
    printedOn: `${japaneseDay(r.printedAt)} 印刷`,
    intro: `募集「${r.needTitle}」の申し出を${r.acceptedAt ? `${japaneseDay(r.acceptedAt)}に` : ''}受けました。おたがいの連絡先をお知らせします。連絡先が書いてあるので、大切に保管してください。`,
    blocks: [
      { heading: 'お手伝いしてくれる団体', lines: helper },
      { heading: '募集を出した団体', lines: officer },
      {
        heading: 'このあとすること',
        boxed: true,
        lines: [
          { text: '団体から連絡があります。日にちや集まる場所を、いっしょに決めてください。' },
          { text: '一週間たっても連絡がないときや、困ったときは、' },
          { text: `${centreWithPhone(r.centre)}にお電話ください。`, strong: true },
        ],
      },
    ],
    footer: footerOf(r.centre),
  };
}
