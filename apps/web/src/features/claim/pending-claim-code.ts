/**
 * The letter's code, kept on this device while the NPO member signs up: sign-up goes through a
 * mail link, which opens a new page, so the code cannot ride along in the address.
 */
const KEY = 'tsunagu.pendingClaimCode';

export function keepPendingClaimCode(code: string): void {
  try {
    localStorage.setItem(KEY, code);
  } catch {
    // storage blocked: the member types the code again after signing up
  }
}

export function pendingClaimCode(): string | null {
  try {
    return localStorage.getItem(KEY) || null;
  } catch {
    return null;
  }
}

/** Takes the kept code (and forgets it): it is used once, right after signing in. */
export function takePendingClaimCode(): string | null {
  const code = pendingClaimCode();
  clearPendingClaimCode();
  return code;
}

export function clearPendingClaimCode(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing kept
  }
}

/**
 * The code as printed (e.g. "K7PD-R2XM"), from what a person typed: a phone's Japanese keyboard
 * may give full-width letters, small letters or spaces.
 */
export function normalizeClaimCode(typed: string): string {
  return typed.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The claim page of a code (the letter's QR goes there too). */
export function claimPath(code: string): string {
  return `/claim/${encodeURIComponent(code)}`;
}
