import { type StatusFacts, statusWords } from './introduction-status-words';

const made = new Date('2026-12-01T01:00:00Z'); // 10:00 in Japan
const facts = (over: Partial<StatusFacts>): StatusFacts => ({
  status: 'WAITING',
  route: 'CITY',
  forwardedHow: null,
  remindedAt: null,
  closeReason: null,
  createdAt: made,
  ...over,
});

describe(statusWords.name, () => {
  it('says in plain words who does what next while the request waits', () => {
    expect(statusWords(facts({}), 21, 'ja')).toEqual({
      statusLabel: '市の担当者がNPOにお伝えします',
      nextStep: '市の担当者が、NPOに手紙や電話でお伝えします。NPOから申し出があると、お知らせが届きます。',
    });
    expect(statusWords(facts({ status: 'FORWARDED', forwardedHow: 'PHONE' }), 21, 'ja')).toEqual({
      statusLabel: 'お伝えしました',
      nextStep: '市の担当者が、NPOに電話でお伝えしました。NPOから申し出があると、お知らせが届きます。',
    });
    expect(
      statusWords(facts({ status: 'FORWARDED', route: 'MEMBERS', forwardedHow: 'MEMBERS' }), 21, 'ja').nextStep,
    ).toBe('NPOのメンバーにお知らせしました。NPOから申し出があると、お知らせが届きます。');
  });

  it('after the reminder, says the city tries again and the day the request ends', () => {
    const reminded = facts({
      status: 'FORWARDED',
      forwardedHow: 'LETTER',
      remindedAt: new Date('2026-12-08T01:00:00Z'),
    });
    expect(statusWords(reminded, 21, 'ja')).toEqual({
      statusLabel: 'お伝えしました',
      nextStep:
        'NPOから、まだ返事がありません。市の担当者が、もう一度NPOに連絡します。12月22日までに返事がなければ、このお願いは終わりにします。',
    });
    expect(statusWords(reminded, 21, 'en').nextStep).toBe(
      'The NPO has not answered yet. The city’s staff will contact it again. If there is no answer by 22 December, this request will close.',
    );
  });

  it('words every end, each with a next step', () => {
    expect(statusWords(facts({ status: 'ANSWERED' }), 21, 'ja').statusLabel).toBe('返事がありました');
    expect(statusWords(facts({ status: 'NO_REPLY', closeReason: 'NO_REPLY' }), 21, 'ja')).toEqual({
      statusLabel: '返事がありません',
      nextStep: 'ほかのおすすめのNPOにもお願いできます。市の担当者にも相談できます。',
    });
    expect(statusWords(facts({ status: 'CLOSED', closeReason: 'DECLINED' }), 21, 'ja').statusLabel).toBe(
      '今回はお手伝いできないそうです',
    );
    expect(statusWords(facts({ status: 'CLOSED', closeReason: 'NEED_CLOSED' }), 21, 'ja').statusLabel).toBe(
      '募集が終わりました',
    );
    expect(statusWords(facts({ status: 'CLOSED', closeReason: 'NEED_CLOSED' }), 21, 'en').statusLabel).toBe(
      'The need is closed',
    );
  });
});
