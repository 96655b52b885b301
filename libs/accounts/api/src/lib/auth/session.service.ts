import { Injectable } from '@nestjs/common';
import { UserAccountRepository } from '../users/user-account.repository';
import type { AuthenticatedUser } from './authenticated-user';
import { hashToken, newSecretToken } from './secret-token';
import { SESSION_DAYS } from './session-cookie';
import { UserSessionRepository } from './user-session.repository';

@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: UserSessionRepository,
    private readonly users: UserAccountRepository,
  ) {}

  /** Starts a session; returns the token for the cookie (never stored). */
  async start(userId: string, userAgent: string | undefined): Promise<string> {
    const { token, hash } = newSecretToken();
    await this.sessions.insert({
      tokenHash: hash,
      userId,
      userAgent: userAgent?.slice(0, 300) ?? null,
      expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000),
    });
    return token;
  }

  async resolve(token: string | undefined): Promise<AuthenticatedUser | undefined> {
    if (!token || token.length > 100) return undefined;
    const session = await this.sessions.findActive(hashToken(token));
    if (!session || session.expiresAt.getTime() < Date.now()) return undefined;
    const user = await this.users.findById(session.userId);
    if (!user) return undefined;
    if (Date.now() - session.lastSeenAt.getTime() > 60 * 60_000) {
      await this.sessions.touch(session.id);
    }
    return { id: user.id, email: user.email, displayName: user.displayName, role: user.role, sessionId: session.id };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.revoke(sessionId);
  }

  /** "Sign out everywhere", and after a password reset. */
  async revokeAll(userId: string): Promise<void> {
    await this.sessions.revokeAllOf(userId);
  }
}
