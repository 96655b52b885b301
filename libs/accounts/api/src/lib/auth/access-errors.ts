import { type ErrorText, forbiddenError, unauthenticated } from '@tsunagu/shared/api-core';
import { accountsMessages } from '../accounts.messages';
import type { AuthenticatedUser } from './authenticated-user';

/** FORBIDDEN, with the general message unless the domain says why. */
export const forbidden = (text: ErrorText = accountsMessages.forbidden) => forbiddenError(text);

/** The caller, or UNAUTHENTICATED. */
export function requireUser(user: AuthenticatedUser | undefined): AuthenticatedUser {
  if (!user) throw unauthenticated(accountsMessages.signInRequired);
  return user;
}
