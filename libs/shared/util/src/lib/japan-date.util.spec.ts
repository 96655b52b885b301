import { todayInJapan } from './japan-date.util';

describe(todayInJapan.name, () => {
  it('is already tomorrow in Japan at 15:00 UTC, and still today at 14:59', () => {
    expect(todayInJapan(new Date('2026-12-01T14:59:59Z'))).toBe('2026-12-01');
    expect(todayInJapan(new Date('2026-12-01T15:00:00Z'))).toBe('2026-12-02');
  });
});
