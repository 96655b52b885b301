import { describe, expect, it } from 'vitest';
import { formatJapanDay, formatMedianDays, telHref } from './outreach-format';

describe(telHref.name, () => {
  it('dials the digits of a number written with hyphens, brackets or full-width digits', () => {
    expect(telHref('093-582-0000')).toBe('tel:0935820000');
    expect(telHref('０９３（５８２）００００')).toBe('tel:0935820000');
    expect(telHref('+81 93 582 0000')).toBe('tel:+81935820000');
  });
});

describe(formatJapanDay.name, () => {
  it('writes the day it was in Kitakyushu, not in UTC', () => {
    expect(formatJapanDay('2026-11-30T15:30:00.000Z', 'ja')).toBe('2026年12月1日(火)');
    expect(formatJapanDay(null, 'ja')).toBe('');
  });
});

describe(formatMedianDays.name, () => {
  it('rounds to one decimal and keeps no number when no NPO reached the step', () => {
    expect(formatMedianDays(3.4999)).toBe('3.5');
    expect(formatMedianDays(7)).toBe('7');
    expect(formatMedianDays(null)).toBeNull();
  });
});
