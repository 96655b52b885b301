import { offerStatusNote } from './offer-status-words';

const MADE = new Date('2026-03-01T10:00:00+09:00');
const base = { status: 'PENDING' as const, createdAt: MADE, remindedAt: null, closeReason: null };

describe(offerStatusNote.name, () => {
  it('says nothing about a waiting offer before the reminder, nor about answered or withdrawn ones', () => {
    expect(offerStatusNote(base, 'GROUP', 21, 'ja')).toBeNull();
    expect(offerStatusNote({ ...base, status: 'ACCEPTED' }, 'GROUP', 21, 'ja')).toBeNull();
    expect(offerStatusNote({ ...base, status: 'WITHDRAWN' }, 'NPO', 21, 'ja')).toBeNull();
  });

  it('after the reminder tells each side the closing day, on the city’s clock', () => {
    const reminded = { ...base, remindedAt: new Date('2026-03-08T10:00:00+09:00') };
    expect(offerStatusNote(reminded, 'GROUP', 21, 'ja')).toBe(
      'まだお返事していません。3月22日までにお返事がなければ、この申し出は終わりになります。',
    );
    expect(offerStatusNote(reminded, 'NPO', 21, 'ja')).toBe(
      '団体に、お返事をお願いしました。3月22日までにお返事がなければ、この申し出は終わりになります。',
    );
    expect(offerStatusNote(reminded, 'STAFF', 10, 'en')).toBe(
      'The group has not answered yet. If there is no answer by 11 March, this offer will close.',
    );
  });

  it('once closed unanswered says why and what each side can do now', () => {
    const expired = { ...base, status: 'EXPIRED' as const, closeReason: 'NO_REPLY' as const };
    expect(offerStatusNote(expired, 'GROUP', 21, 'ja')).toBe(
      '期限の3月22日までにお返事がなかったので、この申し出は終わりになりました。この募集には、ほかのNPOからも申し出を受けられます。',
    );
    expect(offerStatusNote(expired, 'NPO', 21, 'en')).toBe(
      'The group did not answer in time, so this offer closed. Please try offering on other needs.',
    );
    expect(offerStatusNote({ ...expired, closeReason: 'NEED_CLOSED' }, 'NPO', 21, 'ja')).toBe(
      '募集が終わったので、この申し出も終わりになりました。',
    );
  });
});
