import { isWithin, japaneseDay, mondayOf, weekSpan } from './paper-dates';

describe('the week of a digest', () => {
  it('is the Monday of the day given, whichever day of the week it is', () => {
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
    expect(mondayOf('2026-12-03')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });

  it('defaults to this week in Japan: Sunday 23:30 UTC is already Monday in Kitakyushu', () => {
    expect(mondayOf(undefined, new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
    expect(mondayOf(undefined, new Date('2026-12-06T14:00:00Z'))).toBe('2026-11-30');
    expect(mondayOf('', new Date('2026-12-03T01:00:00Z'))).toBe('2026-11-30');
  });

  it('refuses what is not a real day', () => {
    for (const week of ['next-week', '2026-13-01', '2026-02-30', '2026/12/07', '20261207']) {
      expect(mondayOf(week)).toBeNull();
    }
    expect(mondayOf(['2026-12-07', '2026-12-14'])).toBeNull();
  });

  it('covers Monday 0:00 to the next Monday 0:00 on the city’s clock', () => {
    const span = weekSpan('2026-11-30');
    expect(isWithin(new Date('2026-11-29T15:00:00Z'), span)).toBe(true); // Monday 0:00 in Japan
    expect(isWithin(new Date('2026-11-29T14:59:59Z'), span)).toBe(false);
    expect(isWithin(new Date('2026-12-06T14:59:59Z'), span)).toBe(true); // Sunday 23:59 in Japan
    expect(isWithin(new Date('2026-12-06T15:00:00Z'), span)).toBe(false);
    expect(isWithin(null, span)).toBe(false);
  });

  it('prints dates as they are written in Japan', () => {
    expect(japaneseDay('2026-12-07')).toBe('2026年12月7日');
    expect(japaneseDay(new Date('2026-12-06T16:00:00Z'))).toBe('2026年12月7日');
  });
});
