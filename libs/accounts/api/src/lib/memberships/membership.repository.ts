import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export type GroupRole = 'OWNER' | 'MEMBER';

/** The SQL of `group_member` and `npo_member`: who belongs to which group and which NPO. */
@Injectable()
export class MembershipRepository {
  constructor(private readonly dataSource: DataSource) {}

  async groupRolesOf(userId: string): Promise<Array<{ groupId: string; role: GroupRole }>> {
    const rows: Array<{ group_id: string; role: GroupRole }> = await this.dataSource.query(
      `SELECT group_id, role FROM group_member WHERE user_id = $1`,
      [userId],
    );
    return rows.map((r) => ({ groupId: r.group_id, role: r.role }));
  }

  async npoIdsOf(userId: string): Promise<string[]> {
    const rows: Array<{ npo_id: string }> = await this.dataSource.query(
      `SELECT npo_id FROM npo_member WHERE user_id = $1`,
      [userId],
    );
    return rows.map((r) => r.npo_id);
  }

  async npoMemberIds(npoId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await manager.query(`SELECT user_id FROM npo_member WHERE npo_id = $1`, [
      npoId,
    ]);
    return rows.map((r) => r.user_id);
  }

  async groupMemberIds(groupId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await manager.query(
      `SELECT user_id FROM group_member WHERE group_id = $1`,
      [groupId],
    );
    return rows.map((r) => r.user_id);
  }

  async isNpoMember(npoId: string, userId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(`SELECT 1 FROM npo_member WHERE npo_id = $1 AND user_id = $2`, [
      npoId,
      userId,
    ]);
    return !!row;
  }

  /** Whether anyone at all looks after this NPO (its page shows it as claimed). */
  async npoHasMembers(npoId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(`SELECT 1 FROM npo_member WHERE npo_id = $1 LIMIT 1`, [npoId]);
    return !!row;
  }

  /** Those of these NPOs that someone looks after (one query for a whole result page). */
  async npoIdsWithMembers(npoIds: readonly string[]): Promise<Set<string>> {
    if (npoIds.length === 0) return new Set();
    const rows: Array<{ npo_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT npo_id FROM npo_member WHERE npo_id = ANY($1::uuid[])`,
      [npoIds],
    );
    return new Set(rows.map((r) => r.npo_id));
  }

  /** When each of these NPOs got its first member (the outreach funnel's "claimed" step). */
  async firstMemberSince(npoIds: readonly string[]): Promise<Map<string, Date>> {
    if (npoIds.length === 0) return new Map();
    const rows: Array<{ npo_id: string; since: Date }> = await this.dataSource.query(
      `SELECT npo_id, min(since) AS since FROM npo_member WHERE npo_id = ANY($1::uuid[]) GROUP BY npo_id`,
      [npoIds],
    );
    return new Map(rows.map((r) => [r.npo_id, new Date(r.since)]));
  }

  async addNpoMember(npoId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`INSERT INTO npo_member (npo_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      npoId,
      userId,
    ]);
  }

  async addGroupOwner(
    groupId: string,
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    // Idempotent: an officer who was already a member becomes its owner (taking an assisted group over).
    await manager.query(
      `INSERT INTO group_member (group_id, user_id, role) VALUES ($1, $2, 'OWNER')
       ON CONFLICT (group_id, user_id) DO UPDATE SET role = 'OWNER'`,
      [groupId, userId],
    );
  }

  /** Joins as a plain member; joining twice changes nothing. */
  async addGroupMember(groupId: string, userId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO group_member (group_id, user_id, role) VALUES ($1, $2, 'MEMBER') ON CONFLICT DO NOTHING`,
      [groupId, userId],
    );
  }

  /** Where to write to the members of a group (their accounts are accounts' own table). */
  groupMemberContacts(
    groupId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Array<{ email: string; display_name: string }>> {
    return manager.query(
      `SELECT u.email, u.display_name FROM group_member m JOIN user_account u ON u.id = m.user_id WHERE m.group_id = $1`,
      [groupId],
    );
  }

  /** The groups of a person with their role, as the personal-data export shows them. */
  groupsForExport(userId: string): Promise<unknown[]> {
    return this.dataSource.query(
      `SELECT g.id, g.name, g.kind, g.ward, g.area, g.representative_name, g.contact_phone, g.contact_email, g.status, m.role, m.joined_at
         FROM group_member m JOIN community_group g ON g.id = m.group_id WHERE m.user_id = $1`,
      [userId],
    );
  }

  /** The NPOs a person looks after, for the personal-data export (names come from the NPO directory). */
  npoMembershipsForExport(userId: string): Promise<Array<{ npo_id: string; since: Date }>> {
    return this.dataSource.query(`SELECT m.npo_id, m.since FROM npo_member m WHERE m.user_id = $1`, [userId]);
  }
}
