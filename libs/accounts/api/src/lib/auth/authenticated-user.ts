import type { UserRole } from '../entities/user-account.entity';

/** Who is calling, as resolved from the session cookie (attached to the request). */
export interface AuthenticatedUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: UserRole;
  readonly sessionId: string;
}

export type RequestWithUser = { user?: AuthenticatedUser; cookies?: Record<string, string> };
