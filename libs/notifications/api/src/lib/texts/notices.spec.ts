import { placeholdersOf } from '@tsunagu/shared/api-core';
import { renderNotice, storedParams } from './notice-rendering';
import { NOTICES, type NoticeKey, type NoticeParams, type ParamKind, type ScalarKind } from './notices';
import type { NotificationDraft } from '../notifier';
import { notificationInLanguage } from './notification-language';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff「」、（）：]/;

/** A Japanese value for each kind of placeholder, as the domains pass them. */
const SAMPLE: Record<ScalarKind, unknown> = {
  text: '黒崎、四丁目町内会',
  count: 2,
  day: new Date('2026-12-24T03:00:00Z'),
  calendarDay: '2027-03-14',
  ward: '八幡西区',
  phrase: 'howLetter',
  inBoth: {
    ja: '北九州市 市民活動推進課、電話 093-000-0000',
    en: 'Civic Activities Division, City of Kitakyushu, phone 093-000-0000',
  },
  note: '春にまた相談しましょう',
};
const QUOTED = ['黒崎、四丁目町内会', '春にまた相談しましょう'];

const sampleOf = (kind: ParamKind): unknown =>
  typeof kind === 'string'
    ? SAMPLE[kind]
    : [0, 1].map(() => Object.fromEntries(Object.entries(kind.of).map(([name, k]) => [name, SAMPLE[k]])));

const samples = (key: NoticeKey) =>
  Object.fromEntries(Object.entries(NOTICES[key].params).map(([name, kind]) => [name, sampleOf(kind)]));

const keys = Object.keys(NOTICES) as NoticeKey[];
const withoutQuoted = (text: string) => QUOTED.reduce((t, q) => t.split(q).join(''), text);

describe('NOTICES', () => {
  it.each(keys)('%s declares exactly the placeholders its words use', (key) => {
    const notice: { title: { ja: string; en: string }; body: { ja: string; en: string }; trailer?: { ja: string } } =
      NOTICES[key];
    const params = NOTICES[key].params as Readonly<Record<string, ParamKind>>;
    for (const language of ['ja', 'en'] as const) {
      const words = `${notice.title[language]} ${notice.body[language]}`;
      const used = new Set([...placeholdersOf(words), ...(notice.trailer ? placeholdersOf(notice.trailer.ja) : [])]);
      expect([...used].sort()).toEqual(Object.keys(params).sort());
    }
    for (const kind of Object.values(params)) {
      if (typeof kind === 'object') expect(placeholdersOf(kind.list.ja)).toEqual(Object.keys(kind.of).sort());
    }
  });

  it.each(keys)('%s renders in both languages, the English with no Japanese but the quoted values', (key) => {
    const stored = storedParams(key, samples(key) as NoticeParams<typeof key>);
    const ja = renderNotice(key, stored, 'ja');
    const en = renderNotice(key, stored, 'en');
    expect(ja && en).toBeTruthy();
    for (const text of [ja?.title, ja?.body, en?.title, en?.body]) expect(text).not.toMatch(/[{}]/);
    expect(`${ja?.title}${ja?.body}`).toMatch(JAPANESE);
    expect(withoutQuoted(`${en?.title} ${en?.body}`)).not.toMatch(JAPANESE);
  });

  it('writes the Japanese the domains wrote before, word for word', () => {
    const ja = (key: NoticeKey, params: Record<string, unknown>) =>
      renderNotice(key, storedParams(key, params as NoticeParams<typeof key>), 'ja');
    const day = new Date('2026-12-24T03:00:00Z');
    expect(
      ja('introRemindStaff', {
        npo: 'みどりの手',
        count: 2,
        items: [
          { group: 'A会', need: '清掃', day },
          { group: 'B会', need: '草取り', day },
        ],
      }),
    ).toEqual({
      title: '「みどりの手」から返事のないお願いがあります（2件）',
      body: '「A会」の募集「清掃」（12月24日まで）、「B会」の募集「草取り」（12月24日まで）に、まだ返事がありません。もう一度NPOに連絡してください。',
    });
    expect(ja('introClosedDeclined', { npo: 'みどりの手', need: '清掃', note: '春に' })?.body).toBe(
      '募集「清掃」について、「みどりの手」は今回はお手伝いできないそうです。ほかのおすすめのNPOにもお願いできます。市の担当者にも相談できます。\n市の担当者から: 春に',
    );
    expect(ja('introClosedDeclined', { npo: 'みどりの手', need: '清掃', note: null })?.body).not.toContain(
      '市の担当者から',
    );
    expect(ja('introForwarded', { npo: 'みどりの手', need: '清掃', how: 'howPhone' })?.body).toBe(
      '募集「清掃」のお願いを、市の担当者が電話で「みどりの手」にお伝えしました。NPOから申し出があると、お知らせが届きます。',
    );
    expect(
      ja('marcheInvitation', { event: 'マルシェ', date: '2027-03-14', venue: '市役所', until: '2026-12-20' })?.body,
    ).toBe(
      '2027-03-14に市役所で開く「マルシェ」に、出展しませんか。地域の団体の困りごとに、あなたのNPOの活動が合いそうです。申し込みは2026-12-20まで。',
    );
  });

  it('names days, wards, phrases and the city desk in the reader’s language', () => {
    const stored = storedParams('introRequested', { group: 'A会', ward: '八幡西区', need: '清掃', npo: 'みどりの手' });
    expect(renderNotice('introRequested', stored, 'en')?.body).toContain('“A会” (Yahatanishi Ward)');
    const remind = storedParams('offerRemindGroup', {
      npo: 'みどりの手',
      need: '清掃',
      day: new Date('2026-12-24T03:00:00Z'),
    });
    expect(renderNotice('offerRemindGroup', remind, 'en')?.body).toContain('by 24 December');
    const marche = storedParams('marcheInvitation', {
      event: 'マルシェ',
      date: '2027-03-14',
      venue: '市役所',
      until: '2026-12-20',
    });
    expect(renderNotice('marcheInvitation', marche, 'en')?.body).toContain('on Sun 14 Mar 2027');
  });

  it('reads a row with a key from the catalogue, whatever its stored text says', () => {
    const row = {
      kind: 'offer.received',
      title: '（古い文面）',
      body: '（古い文面）',
      messageKey: 'offerReceived',
      messageParams: storedParams('offerReceived', { npo: 'みどりの手', need: '清掃' }),
    };
    expect(notificationInLanguage(row, 'en')).toEqual({
      title: '“みどりの手” offered to help',
      body: 'The NPO “みどりの手” offered to help with your need “清掃”. Read the offer and decide whether to ask them.',
    });
    expect(notificationInLanguage(row, 'ja').title).toBe('「みどりの手」から、お手伝いの申し出がありました');
  });

  it('reads a row whose key or values it does not know from its stored text', () => {
    const stored = { kind: 'offer.received', title: '題', body: '本文' };
    expect(notificationInLanguage({ ...stored, messageKey: 'gone', messageParams: {} }, 'en')).toEqual({
      title: '題',
      body: '本文',
    });
    expect(notificationInLanguage({ ...stored, messageKey: 'offerReceived', messageParams: { npo: 1 } }, 'ja')).toEqual(
      {
        title: '題',
        body: '本文',
      },
    );
  });

  it('refuses, at compile time, a wrong key or a missing or mistyped value', () => {
    const drafts: Array<NotificationDraft<NoticeKey>> = [
      // @ts-expect-error: no such notice
      { notice: 'offerRecieved', params: {}, link: '/' },
    ];
    const missing: NotificationDraft<'offerReceived'> = {
      notice: 'offerReceived',
      // @ts-expect-error: the need is missing
      params: { npo: 'みどりの手' },
      link: '/',
    };
    const mistyped: NotificationDraft<'offerRemindGroup'> = {
      notice: 'offerRemindGroup',
      // @ts-expect-error: a day is a Date, not words
      params: { npo: 'みどりの手', need: '清掃', day: '12月24日' },
      link: '/',
    };
    expect([...drafts, missing, mistyped]).toHaveLength(3);
  });
});
