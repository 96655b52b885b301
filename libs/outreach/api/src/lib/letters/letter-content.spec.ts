import {
  type LetterContent,
  addressee,
  corporateKind,
  japaneseDate,
  letterMail,
  letterTitle,
  postalCodeOf,
  summaryOf,
} from './letter-content';

const letter = (over: Partial<LetterContent> = {}): LetterContent => ({
  npoId: 'n1',
  postalCode: '802-0002',
  address: '福岡県北九州市小倉北区京町5-4-20',
  npoName: '玄海障がい者就労支援センター21',
  representative: '山本　健太',
  date: new Date('2026-03-31T16:00:00Z'),
  sender: '北九州市 地域・人づくり部',
  cityName: '北九州市',
  asks: [
    {
      groupName: '黒崎三丁目自治会',
      groupWard: '八幡西区',
      needTitle: '夏祭りのやぐら',
      needSummary: '人手が足りません。',
      needWard: '八幡西区',
    },
  ],
  moreAsks: 2,
  code: 'K7PD-R2XM',
  expiresAt: new Date('2026-05-30T15:30:00Z'),
  claimPageUrl: 'https://tsunagu.example.jp/claim',
  claimUrl: 'https://tsunagu.example.jp/claim/K7PD-R2XM',
  officePhone: '093-000-0000',
  officeHours: '平日 8時30分～17時15分',
  entry: null,
  npoPageUrl: 'https://tsunagu.example.jp/npos/n1',
  ...over,
});

describe('letter content', () => {
  it('writes dates on Japan’s calendar, as letters do', () => {
    // 16:00 UTC on 31 March is already 1 April in Japan.
    expect(japaneseDate(new Date('2026-03-31T16:00:00Z'))).toBe('2026年4月1日');
    expect(japaneseDate(new Date('2026-12-02T03:00:00Z'))).toBe('2026年12月2日');
  });

  it('prints postal codes as 〒 expects them, whatever the register wrote', () => {
    expect(postalCodeOf('8020002')).toBe('802-0002');
    expect(postalCodeOf('８０２－０００２')).toBe('802-0002');
    expect(postalCodeOf('802-0002')).toBe('802-0002');
    expect(postalCodeOf('  ')).toBeNull();
    expect(postalCodeOf(null)).toBeNull();
  });

  it('adds the legal form only when the register left it out, and writes to the representative', () => {
    expect(corporateKind('玄海障がい者就労支援センター21')).toBe('特定非営利活動法人');
    expect(corporateKind('特定非営利活動法人 こどもの森')).toBeNull();
    expect(corporateKind('NPO法人 こどもの森')).toBeNull();
    expect(addressee(' 山本　健太 ')).toBe('代表者　山本　健太　様');
    expect(addressee(null)).toBe('ご担当者　様');
  });

  it('keeps whole sentences of a need’s description when they fit, else cuts with …', () => {
    expect(summaryOf('短い説明です。')).toBe('短い説明です。');
    expect(summaryOf('一つ目の文です。二つ目の文はとても長いのでここには入りません。', 10)).toBe('一つ目の文です。');
    expect(summaryOf('句点のないとても長い一つの文がずっと続いていきます', 10)).toBe('句点のないとても長…');
  });

  it('asks for help when groups wait, invites otherwise', () => {
    expect(letterTitle(letter())).toContain('地域の団体が、あなたの団体の力を借りたいと考えています');
    expect(letterTitle(letter({ asks: [] }))).toContain('ご案内');
  });

  it('mails the same invitation: who asks, the link with the code, the code, its expiry and whom to call', () => {
    const { subject, text } = letterMail(letter());
    expect(subject).toBe(letterTitle(letter()));
    expect(text).toContain('特定非営利活動法人玄海障がい者就労支援センター21');
    expect(text).toContain('代表者　山本　健太　様');
    expect(text).toContain('・黒崎三丁目自治会（八幡西区）');
    expect(text).toContain('「夏祭りのやぐら」（八幡西区）');
    expect(text).toContain('ほかにも 2 件のお願いがあります。');
    expect(text).toContain('https://tsunagu.example.jp/claim/K7PD-R2XM');
    expect(text).toContain('番号：K7PD-R2XM');
    expect(text).toContain('2026年5月31日 まで');
    expect(text).toContain('093-000-0000');
  });
});
