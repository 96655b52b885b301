import { describe, expect, it } from 'vitest';
import { formatMedianDays, telHref } from './outreach-format';

describe(telHref.name, () => {
  it('dials the digits of a number written with hyphens, brackets or full-width digits', () => {
    expect(telHref('093-582-0000')).toBe('tel:0935820000');
    expect(telHref('０９３（５８２）００００')).toBe('tel:0935820000');
    expect(telHref('+81 93 582 0000')).toBe('tel:+81935820000');
  });
});

describe(formatMedianDays.name, () => {
  it('rounds to one decimal and keeps no number when no NPO reached the step', () => {
    expect(formatMedianDays(3.4999)).toBe('3.5');
    expect(formatMedianDays(7)).toBe('7');
    expect(formatMedianDays(null)).toBeNull();
  });
});
