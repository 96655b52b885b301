import { notificationInLanguage } from './notification-language';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff「」、（）：]/;
/** English without the proper names it quotes: what is left must hold no Japanese. */
const withoutNames = (text: string, names: readonly string[]) => names.reduce((t, n) => t.split(n).join(''), text);

const group = '黒崎四丁目町内会';
const npo = 'NPO法人 みどりの手';
const need = '夏祭りのテント張り';

// Word for word what the domains store (offer.service, introduction-notices, marche-review …).
const stored = [
  {
    kind: 'offer.received',
    title: `「${npo}」から、お手伝いの申し出がありました`,
    body: `募集「${need}」に、NPO「${npo}」からお手伝いの申し出がありました。申し出を読んで、お願いするかどうかを決めてください。`,
  },
  {
    kind: 'message.received',
    title: `「${group}」からメッセージが届きました`,
    body: `募集「${need}」について、メッセージが届きました。\n\nよろしくお願いします`,
  },
  {
    kind: 'offer.reminded',
    title: `「${group}」に、お返事をお願いしました`,
    body: `募集「${need}」への申し出に、「${group}」からまだお返事がないので、お返事をお願いしました。12月24日までにお返事がなければ、この申し出は終わりになります。`,
  },
  {
    kind: 'introduction.forwarded',
    title: `市の担当者が「${npo}」にお伝えしました`,
    body: `募集「${need}」のお願いを、市の担当者が手紙で「${npo}」にお伝えしました。NPOから申し出があると、お知らせが届きます。`,
  },
  {
    kind: 'introduction.closed',
    title: `「${npo}」は、今回はお手伝いできないそうです`,
    body: `募集「${need}」について、「${npo}」は今回はお手伝いできないそうです。ほかのおすすめのNPOにもお願いできます。市の担当者にも相談できます。\n市の担当者から: 春にまた相談しましょう`,
  },
  {
    kind: 'marche.invitation',
    title: '「NPOマルシェ2027」への出展のお誘い',
    body: '2027-03-14に北九州市役所で開く「NPOマルシェ2027」に、出展しませんか。地域の団体の困りごとに、あなたのNPOの活動が合いそうです。申し込みは2026-12-20まで。',
  },
  {
    kind: 'introduction.reminded',
    title: `「${npo}」から返事のないお願いがあります（2件）`,
    body: `「${group}」の募集「${need}」（12月24日まで）、「若松、みなと会」の募集「清掃」（12月25日まで）に、まだ返事がありません。もう一度NPOに連絡してください。`,
  },
] as const;

const names = [group, npo, need, '若松、みなと会', '清掃', 'NPOマルシェ2027', '北九州市役所', 'よろしくお願いします'];
const notes = ['春にまた相談しましょう'];

describe(notificationInLanguage.name, () => {
  it.each(stored)('reads a stored $kind notice in English, with no Japanese but the names', (row) => {
    const read = notificationInLanguage(row, 'en');
    expect(withoutNames(read.title, names)).not.toMatch(JAPANESE);
    expect(withoutNames(read.body, [...names, ...notes])).not.toMatch(JAPANESE);
  });

  it('gives the Japanese reader the notice as it was stored', () => {
    for (const row of stored) expect(notificationInLanguage(row, 'ja')).toEqual({ title: row.title, body: row.body });
  });

  it('keeps names (quoted, as written) and what people wrote, and writes days and words in English', () => {
    const [offer, message, reminder, forwarded, closed, marche, staffReminder] = stored.map((row) =>
      notificationInLanguage(row, 'en'),
    );
    expect(offer?.title).toBe(`“${npo}” offered to help`);
    expect(message?.body).toBe(`A message came about the need “${need}”.\n\nよろしくお願いします`);
    expect(reminder?.body).toContain('by 24 December');
    expect(forwarded?.body).toContain('(by letter)');
    expect(closed?.body).toMatch(/this time\. .*\nFrom city staff: 春にまた相談しましょう$/);
    expect(marche?.body).toContain('on Sun 14 Mar 2027');
    expect(staffReminder?.body).toBe(
      `No answer yet to: “${need}” of “${group}” (until 24 December), “清掃” of “若松、みなと会” (until 25 December). Please contact the NPO again.`,
    );
  });

  it('names the city desk in English when it knows how', () => {
    const row = {
      kind: 'npo.member-joined-by-letter',
      title: `「${npo}」に新しいメンバーが入りました`,
      body: `山田さんが、市からの手紙の番号で「${npo}」のメンバーになりました。心あたりがないときは、市の担当者（北九州市 地域・人づくり部、電話 093-582-2111）にお知らせください。`,
    };
    const office = {
      ja: '北九州市 地域・人づくり部、電話 093-582-2111',
      en: 'Community and Human Resources Department, City of Kitakyushu, phone 093-582-2111',
    };
    expect(notificationInLanguage(row, 'en', { office }).body).toContain(
      "tell the city's office (Community and Human Resources Department, City of Kitakyushu, phone 093-582-2111)",
    );
  });

  it('names a ward of the city in English, and quotes the names as written', () => {
    const row = {
      kind: 'introduction.requested',
      title: '「玄海防災ネット協議会」へのお願いがあります',
      body: '「黒崎三丁目自治会」（八幡西区）が、募集「秋の防災訓練」で「玄海防災ネット協議会」の力を借りたいと考えています。このNPOは、まだ「つなぐ」を使っていません。手紙・メール・電話でお伝えください。',
    };
    expect(notificationInLanguage(row, 'en')).toEqual({
      title: 'A request for “玄海防災ネット協議会”',
      body: '“黒崎三丁目自治会” (Yahatanishi Ward) would like the help of “玄海防災ネット協議会” with the need “秋の防災訓練”. This NPO does not use Tsunagu yet. Please pass it on by letter, mail or phone.',
    });
  });

  it('shows a notice it cannot read as stored rather than hiding it', () => {
    const row = { kind: 'something.new', title: '新しいお知らせ', body: '本文' };
    expect(notificationInLanguage(row, 'en')).toEqual({ title: '新しいお知らせ', body: '本文' });
  });
});
