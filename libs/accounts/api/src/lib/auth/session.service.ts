import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import { UserAccountEntity } from '../entities/user-account.entity';
import { UserSessionEntity } from '../entities/user-session.entity';
import type { AuthenticatedUser } from './authenticated-user';
import { hashToken, newSecretToken } from './secret-token';
import { SESSION_DAYS } from './session-cookie';

@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(UserSessionEntity) private readonly sessions: Repository<UserSessionEntity>,
    @InjectRepository(UserAccountEntity) private readonly users: Repository<UserAccountEntity>,
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
    const session = await this.sessions.findOne({ where: { tokenHash: hashToken(token), revokedAt: IsNull() } });
    if (!session || session.expiresAt.getTime() < Date.now()) return undefined;
    const user = await this.users.findOne({ where: { id: session.userId } });
    if (!user) return undefined;
    if (Date.now() - session.lastSeenAt.getTime() > 60 * 60_000) {
      await this.sessions.update(session.id, { lastSeenAt: new Date() });
    }
    return { id: user.id, email: user.email, displayName: user.displayName, role: user.role, sessionId: session.id };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** "Sign out everywhere", and after a password reset. */
  async revokeAll(userId: string): Promise<void> {
    await this.sessions.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
