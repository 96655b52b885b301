import type { Response } from 'express';

export const SESSION_COOKIE = 'tsunagu_session';
export const SESSION_DAYS = 30;

/** httpOnly (no script can read it), SameSite=Lax (no cross-site POSTs carry it), Secure in production. */
export function setSessionCookie(res: Response, token: string, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: SESSION_DAYS * 24 * 60 * 60 * 1000,
  });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
