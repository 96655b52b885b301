import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { UserSessionEntity } from '../entities/user-session.entity';

/** The SQL of `user_session` (only the token's hash is kept). */
@Injectable()
export class UserSessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get sessions() {
    return this.dataSource.getRepository(UserSessionEntity);
  }

  async insert(session: Pick<UserSessionEntity, 'tokenHash' | 'userId' | 'userAgent' | 'expiresAt'>): Promise<void> {
    await this.sessions.insert(session);
  }

  findActive(tokenHash: string): Promise<UserSessionEntity | null> {
    return this.sessions.findOne({ where: { tokenHash, revokedAt: IsNull() } });
  }

  async touch(id: string): Promise<void> {
    await this.sessions.update(id, { lastSeenAt: new Date() });
  }

  async revoke(id: string): Promise<void> {
    await this.sessions.update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async revokeAllOf(userId: string): Promise<void> {
    await this.sessions.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** A person's sessions as the personal-data export shows them. */
  forExport(userId: string): Promise<unknown[]> {
    return this.dataSource.query(
      `SELECT created_at, last_seen_at, expires_at, revoked_at, user_agent FROM user_session WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
  }
}
