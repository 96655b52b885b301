import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export type MailPreferenceValue = 'EACH' | 'DAILY' | 'OFF';

/** A person as the notifications see them: where to write and how they want their mail. */
export interface PersonContact {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly notifyByMail: MailPreferenceValue;
}

/**
 * Reads people and NPO membership for other domains (notifications, needs, matching), which
 * must not name user_account or npo_member. The mail preference column lives on user_account;
 * the notifications domain decides what it means.
 */
@Injectable()
export class PeopleDirectory {
  constructor(private readonly dataSource: DataSource) {}

  async contacts(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<PersonContact[]> {
    if (ids.length === 0) return [];
    const rows: Array<{ id: string; email: string; display_name: string; notify_by_mail: MailPreferenceValue }> =
      await manager.query(
        `SELECT id, email, display_name, notify_by_mail FROM user_account WHERE id = ANY($1::uuid[])`,
        [[...ids]],
      );
    return rows.map((r) => ({ id: r.id, email: r.email, displayName: r.display_name, notifyByMail: r.notify_by_mail }));
  }

  /** Display names by id (a person who left has none). */
  async displayNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; display_name: string }> = await this.dataSource.query(
      `SELECT id, display_name FROM user_account WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.display_name]));
  }

  /** Of these people, those whose mail preference is this one. */
  async withMailPreference(ids: readonly string[], preference: MailPreferenceValue): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM user_account WHERE id = ANY($1::uuid[]) AND notify_by_mail = $2`,
      [[...ids], preference],
    );
    return rows.map((r) => r.id);
  }

  async mailPreference(userId: string): Promise<MailPreferenceValue> {
    const [row]: Array<{ notify_by_mail: MailPreferenceValue }> = await this.dataSource.query(
      `SELECT notify_by_mail FROM user_account WHERE id = $1`,
      [userId],
    );
    return row.notify_by_mail;
  }

  async setMailPreference(userId: string, preference: MailPreferenceValue): Promise<void> {
    await this.dataSource.query(`UPDATE user_account SET notify_by_mail = $2 WHERE id = $1`, [userId, preference]);
  }

  /** The people who look after an NPO, longest-standing first, with their mail addresses. */
  async npoPeople(npoId: string): Promise<Array<{ name: string; email: string }>> {
    const rows: Array<{ name: string; email: string }> = await this.dataSource.query(
      `SELECT u.display_name AS name, u.email FROM npo_member nm JOIN user_account u ON u.id = nm.user_id
        WHERE nm.npo_id = $1 ORDER BY nm.since`,
      [npoId],
    );
    return rows;
  }

  /** Of these NPOs (or of all, without ids), those someone looks after here: "claimed". */
  async claimedNpoIds(ids?: readonly string[]): Promise<Set<string>> {
    if (ids && ids.length === 0) return new Set();
    const rows: Array<{ npo_id: string }> = ids
      ? await this.dataSource.query(`SELECT DISTINCT npo_id FROM npo_member WHERE npo_id = ANY($1::uuid[])`, [[...ids]])
      : await this.dataSource.query(`SELECT DISTINCT npo_id FROM npo_member`);
    return new Set(rows.map((r) => r.npo_id));
  }

  async idByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const [row]: Array<{ id: string }> = await manager.query(`SELECT id FROM user_account WHERE email = $1`, [email]);
    return row?.id ?? null;
  }

  /** Everyone who works for the city here (STAFF and ADMIN): those told of the city's own work queues. */
  async staffIds(manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM user_account WHERE role IN ('STAFF', 'ADMIN') ORDER BY created_at`,
    );
    return rows.map((r) => r.id);
  }

  /** One NPO this person looks after (the demo seed offers in its name). */
  async firstNpoOf(userId: string, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const [row]: Array<{ npo_id: string }> = await manager.query(
      `SELECT npo_id FROM npo_member WHERE user_id = $1 LIMIT 1`,
      [userId],
    );
    return row?.npo_id ?? null;
  }
}
