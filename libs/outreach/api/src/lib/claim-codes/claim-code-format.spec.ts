import { CODE_ALPHABET, formatCode, hashCode, newCode, normaliseCode } from './claim-code-format';

describe('claim code format', () => {
  it('makes 8-character codes from an alphabet without 0, O, 1, I and L', () => {
    expect(CODE_ALPHABET).not.toMatch(/[0O1IL]/);
    const codes = Array.from({ length: 2000 }, newCode);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    // random enough that 2,000 codes do not repeat
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('prints a code as two groups of four', () => {
    expect(formatCode('K7PDR2XM')).toBe('K7PD-R2XM');
  });

  it.each([
    ['K7PD-R2XM', 'K7PDR2XM'],
    ['k7pd-r2xm', 'K7PDR2XM'],
    ['k7pdr2xm', 'K7PDR2XM'],
    [' K7PD R2XM ', 'K7PDR2XM'],
    ['Ｋ７ＰＤ－Ｒ２ＸＭ', 'K7PDR2XM'],
    ['ｋ７ｐｄ　ｒ２ｘｍ', 'K7PDR2XM'],
    ['K7PDーR2XM', 'K7PDR2XM'],
    ['K7PD‐R2XM', 'K7PDR2XM'],
  ])('reads %j as %s', (typed, stored) => {
    expect(normaliseCode(typed)).toBe(stored);
  });

  it.each(['', 'K7PD-R2X', 'K7PD-R2XMM', 'K7PD-R2X0', 'O7PD-R2XM', 'K7PD-R2XI', 'K7PD-R2XL', 'K7PD-R2X1', 'K7PD;R2XM'])(
    'refuses %j as no code at all',
    (typed) => {
      expect(normaliseCode(typed)).toBeNull();
    },
  );

  it('hashes the normalised code, so every way of typing it finds the same row', () => {
    const stored = hashCode('K7PDR2XM');
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(hashCode(normaliseCode('ｋ７ｐｄ－ｒ２ｘｍ') as string)).toBe(stored);
    expect(hashCode('K7PDR2XN')).not.toBe(stored);
  });
});
