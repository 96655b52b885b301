import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, contractError } from '@tsunagu/shared/api-core';
import { PasswordGate } from '../auth/password-gate';
import { verifyPassword } from '../auth/password-hasher';
import { SessionService } from '../auth/session.service';

/**
 * APPI (個人情報保護法): a person can take away everything the service holds about them, and
 * can delete their account.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly passwords: PasswordGate,
  ) {}

  async export(userId: string): Promise<Record<string, unknown>> {
    const q = (sql: string) => this.dataSource.query(sql, [userId]);
    const [[account], sessions, groups, claims, npos, needs, offers, messages, notifications] = await Promise.all([
      q(`SELECT id, email, display_name, role, created_at FROM user_account WHERE id = $1`),
      q(
        `SELECT created_at, last_seen_at, expires_at, revoked_at, user_agent FROM user_session WHERE user_id = $1 ORDER BY created_at`,
      ),
      q(`SELECT g.id, g.name, g.kind, g.ward, g.area, g.representative_name, g.contact_phone, g.contact_email, g.status, m.role, m.joined_at
           FROM group_member m JOIN community_group g ON g.id = m.group_id WHERE m.user_id = $1`),
      q(
        `SELECT c.id, c.npo_id, n.name AS npo_name, c.message, c.status, c.created_at FROM npo_claim c JOIN npo n ON n.id = c.npo_id WHERE c.user_id = $1`,
      ),
      q(
        `SELECT m.npo_id, n.name AS npo_name, m.since FROM npo_member m JOIN npo n ON n.id = m.npo_id WHERE m.user_id = $1`,
      ),
      q(
        `SELECT id, group_id, title, description, ward, place, status, created_at FROM need WHERE created_by = $1 ORDER BY created_at`,
      ),
      q(`SELECT id, need_id, npo_id, message, status, created_at FROM offer WHERE created_by = $1 ORDER BY created_at`),
      q(`SELECT offer_id, body, created_at FROM offer_message WHERE sender_id = $1 ORDER BY created_at`),
      q(`SELECT title, body, created_at, read_at FROM notification WHERE user_id = $1 ORDER BY created_at`),
    ]);
    return {
      exportedAt: new Date().toISOString(),
      account,
      sessions,
      communityGroups: groups,
      npoClaims: claims,
      npoMemberships: npos,
      needsWritten: needs,
      offersMade: offers,
      messagesSent: messages,
      notifications,
    };
  }

  /**
   * Deletes the account after checking the password, with the same back-off as sign-in (a stolen
   * session must not become a way to guess the password). Group contacts only this person kept
   * are erased too.
   */
  async deleteAccount(userId: string, password: string, address: string): Promise<void> {
    const [user] = await this.dataSource.query(`SELECT email, password_hash FROM user_account WHERE id = $1`, [userId]);
    if (
      !user ||
      !(await this.passwords.check(user.email, address, () => verifyPassword(user.password_hash, password)))
    ) {
      throw contractError(ErrorCode.BAD_USER_INPUT, 'パスワードが違います。 / Wrong password.', { field: 'password' });
    }
    await this.sessions.revokeAll(userId);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE community_group g SET representative_name = NULL, contact_phone = NULL, contact_email = NULL
          WHERE g.id IN (SELECT group_id FROM group_member WHERE user_id = $1)
            AND NOT EXISTS (SELECT 1 FROM group_member o WHERE o.group_id = g.id AND o.user_id <> $1)`,
        [userId],
      );
      await manager.query(
        `INSERT INTO audit_log (actor_user_id, action, target_type, target_id) VALUES ($1::uuid, 'user.deleted', 'user', $1::text)`,
        [userId],
      );
      await manager.query(`DELETE FROM user_account WHERE id = $1`, [userId]);
    });
  }
}
