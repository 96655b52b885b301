import { ErrorCode, contractError } from '@tsunagu/shared/api-core';
import type { AuthenticatedUser } from './authenticated-user';

export const forbidden = (message = 'この操作はできません。 / You may not do this.') =>
  contractError(ErrorCode.FORBIDDEN, message);

/** The caller, or UNAUTHENTICATED. */
export function requireUser(user: AuthenticatedUser | undefined): AuthenticatedUser {
  if (!user) throw contractError(ErrorCode.UNAUTHENTICATED, 'ログインしてください。 / Please sign in.');
  return user;
}
