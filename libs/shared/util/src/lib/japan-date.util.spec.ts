import { dayInWords, replyDeadline, todayInJapan } from './japan-date.util';

describe(todayInJapan.name, () => {
  it('is already tomorrow in Japan at 15:00 UTC, and still today at 14:59', () => {
    expect(todayInJapan(new Date('2026-12-01T14:59:59Z'))).toBe('2026-12-01');
    expect(todayInJapan(new Date('2026-12-01T15:00:00Z'))).toBe('2026-12-02');
  });
});

describe(dayInWords.name, () => {
  it('reads the day on the city’s clock', () => {
    // 23:30 UTC on 21 December is already 22 December in Japan.
    const lateEvening = replyDeadline(new Date('2026-11-30T23:30:00Z'), 21);
    expect(dayInWords(lateEvening, 'ja')).toBe('12月22日');
    expect(dayInWords(lateEvening, 'en')).toBe('22 December');
  });
});
