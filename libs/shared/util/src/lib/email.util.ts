/**
 * The one form of an email address that is stored and looked up: NFKC (full-width
 * ｓｔａｆｆ＠… becomes staff@…), without surrounding spaces, lower case. Without it a look-alike
 * address could open a second account that reads like someone else's.
 */
export const normalizeEmail = (email: string): string => email.normalize('NFKC').trim().toLowerCase();
