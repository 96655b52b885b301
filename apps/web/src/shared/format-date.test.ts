import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay, formatTime } from './format-date';

describe('format-date', () => {
  it('writes a calendar day the same way in every page', () => {
    expect(formatDay('2026-12-03', 'ja')).toBe('2026年12月3日（木）');
    expect(formatDay('2026-12-03', 'en')).toBe('Thu 3 Dec 2026');
  });

  it('writes an instant as the day and time it was in Kitakyushu, whatever the machine runs on', () => {
    // 23:30 UTC on the 2nd is already 08:30 on the 3rd in Japan
    expect(formatDay('2026-12-02T23:30:00Z', 'ja')).toBe('2026年12月3日（木）');
    expect(formatDateTime('2026-12-03T05:05:00Z', 'ja')).toBe('2026年12月3日（木）14:05');
    expect(formatDateTime('2026-12-03T05:05:00Z', 'en')).toBe('Thu 3 Dec 2026, 14:05');
    expect(formatTime('2026-12-03T05:05:00Z', 'en')).toBe('14:05');
  });

  it('holds no Japanese in English and no English in Japanese', () => {
    expect(formatDateTime('2027-03-14T01:00:00Z', 'en')).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(formatDateTime('2027-03-14T01:00:00Z', 'ja')).not.toMatch(/[A-Za-z]/);
  });

  it('says nothing for nothing and leaves a text that is no date as it is', () => {
    expect(formatDay(null, 'ja')).toBe('');
    expect(formatDateTime(undefined, 'en')).toBe('');
    expect(formatDay('いつか', 'ja')).toBe('いつか');
  });
});
