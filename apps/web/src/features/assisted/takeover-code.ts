/**
 * The number as the officer types it from paper, made into the printed form XXXX-XXXX: full-width
 * letters and digits (a Japanese keyboard's default), lower case, spaces and any kind of dash are
 * all forgiven. `null` when what is left is not eight letters or digits.
 */
export function normaliseTakeoverCode(typed: string): string | null {
  const plain = typed
    .normalize('NFKC')
    .replace(/[\s\-‐‑–—―ー－]/g, '')
    .toUpperCase();
  if (!/^[A-Z0-9]{8}$/.test(plain)) return null;
  return `${plain.slice(0, 4)}-${plain.slice(4)}`;
}
