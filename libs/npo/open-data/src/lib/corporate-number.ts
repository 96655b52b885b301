/**
 * Japan's 13-digit corporate number (法人番号): the first digit is a check digit over the other
 * twelve (National Tax Agency rule). The open data occasionally holds a wrong one; the importer
 * keeps such rows and flags them rather than guessing.
 */
export function corporateNumberCheckDigit(body12: string): number {
  if (!/^\d{12}$/.test(body12)) throw new Error(`expected 12 digits, got "${body12}"`);
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    const digit = Number(body12[12 - n]);
    sum += digit * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

export function isValidCorporateNumber(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  return Number(value[0]) === corporateNumberCheckDigit(value.slice(1));
}

export function withCorporateNumberCheckDigit(body12: string): string {
  return `${corporateNumberCheckDigit(body12)}${body12}`;
}
