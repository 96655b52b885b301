import { corporateNumberCheckDigit, isValidCorporateNumber, withCorporateNumberCheckDigit } from './corporate-number';

describe('corporate number check digit', () => {
  it('accepts numbers whose first digit is the National Tax Agency check digit', () => {
    // Published example numbers of real corporations (National Tax Agency site).
    expect(isValidCorporateNumber('7000012050002')).toBe(true);
    expect(isValidCorporateNumber('2073252372453')).toBe(true);
  });

  it('rejects a wrong check digit, a short number and non-digits', () => {
    expect(isValidCorporateNumber('8000012050002')).toBe(false);
    expect(isValidCorporateNumber('700001205000')).toBe(false);
    expect(isValidCorporateNumber('７000012050002')).toBe(false);
  });

  it('computes the digit from the 12 digits after it', () => {
    expect(corporateNumberCheckDigit('000012050002')).toBe(7);
    expect(withCorporateNumberCheckDigit('073252372453')).toBe('2073252372453');
    expect(() => corporateNumberCheckDigit('12')).toThrow();
  });
});
