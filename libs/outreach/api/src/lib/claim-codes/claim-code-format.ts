import { createHash, randomInt } from 'node:crypto';

/**
 * The letters' one-time codes: 8 characters from an alphabet without the look-alikes 0/O, 1/I/L,
 * printed as two groups of four (K7PD-R2XM). 31^8 ≈ 8.5 × 10^11 (about 40 bits): against the
 * per-person and per-address limits of wrong tries that cannot be guessed online.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;

const VALID = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);
/** hyphens and dashes people type between the groups (after NFKC), the long-vowel mark of an IME too */
const SEPARATORS = /[\s\-‐‑‒–—―−ーｰ_.・]/g;

/** A new random code, unformatted (8 characters). */
export function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** As printed in the letter: XXXX-XXXX. */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * What a person typed, as stored: full-width to half-width (NFKC), upper case, without spaces
 * and hyphens. Null when it cannot be a code (wrong length, or a character the alphabet leaves
 * out): such input is refused as malformed and never looked up, so it costs no try.
 */
export function normaliseCode(input: string): string | null {
  const code = input.normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
  return VALID.test(code) ? code : null;
}

/**
 * Only this hash is kept: plain SHA-256, no server secret. A code works once and for at most
 * claimCodeDays, and online guessing is what the limits stop. Offline, 40 bits would fall to a
 * copy of the database, but that copy already holds the contacts a claim leads to; a pepper
 * would tie every letter in the post to one secret (unset in tests and the CLI; rotating it
 * would void them all).
 */
export function hashCode(normalised: string): string {
  return createHash('sha256').update(`npo-claim-code:${normalised}`).digest('hex');
}
