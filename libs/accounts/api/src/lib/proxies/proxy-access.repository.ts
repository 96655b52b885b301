import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** How a person who is not a member acts for a group, as the other side is told. */
export type ProxyKind = 'CENTRE' | 'CITY' | 'DELEGATE';
export type DelegateRelation = 'FAMILY' | 'NEIGHBOUR' | 'OTHER';

export interface ProxyRow {
  readonly groupId: string;
  readonly kind: ProxyKind;
  /** the centre's name (CENTRE), the delegate's own name (DELEGATE); null for the city's staff */
  readonly name: string | null;
}

/**
 * The SQL of `centre_staff` and `group_delegate`: who acts for a group without being its member —
 * the staff of the 市民センター that looks after an assisted group, the city's staff for any
 * assisted group, and the delegates an officer chose.
 */
@Injectable()
export class ProxyAccessRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The groups this person acts for, most specific first (delegate, then centre, then city). */
  async proxiesOf(userId: string): Promise<ProxyRow[]> {
    const rows: Array<{ group_id: string; kind: ProxyKind; name: string | null }> = await this.dataSource.query(
      `SELECT d.group_id, 'DELEGATE' AS kind, u.display_name AS name, 1 AS rank
         FROM group_delegate d JOIN user_account u ON u.id = d.user_id
        WHERE d.user_id = $1
       UNION ALL
       SELECT g.id, 'CENTRE', c.name, 2
         FROM centre_staff s
         JOIN community_group g ON g.centre_id = s.centre_id AND g.assisted
         JOIN community_group c ON c.id = s.centre_id
        WHERE s.user_id = $1
       UNION ALL
       SELECT g.id, 'CITY', NULL, 3
         FROM community_group g JOIN user_account u ON u.id = $1 AND u.role IN ('STAFF', 'ADMIN')
        WHERE g.assisted
       ORDER BY 4`,
      [userId],
    );
    return rows.map((r) => ({ groupId: r.group_id, kind: r.kind, name: r.name }));
  }

  /** Who besides the members hears about a group's offers: its centre's staff and its delegates. */
  async proxyUserIds(groupId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await manager.query(
      `SELECT s.user_id FROM community_group g JOIN centre_staff s ON s.centre_id = g.centre_id
        WHERE g.id = $1 AND g.assisted
       UNION
       SELECT user_id FROM group_delegate WHERE group_id = $1`,
      [groupId],
    );
    return rows.map((r) => r.user_id);
  }

  async assignCentreStaff(centreId: string, userId: string, by: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO centre_staff (centre_id, user_id, assigned_by) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [centreId, userId, by],
    );
    return rows.length > 0;
  }

  async removeCentreStaff(centreId: string, userId: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      // (a CTE, because TypeORM returns [rows, count] for a bare DELETE … RETURNING)
      `WITH gone AS (DELETE FROM centre_staff WHERE centre_id = $1 AND user_id = $2 RETURNING user_id)
       SELECT user_id FROM gone`,
      [centreId, userId],
    );
    return rows.length > 0;
  }

  async centreStaff(
    centreId: string,
  ): Promise<Array<{ userId: string; displayName: string; email: string; assignedAt: Date }>> {
    const rows: Array<{ user_id: string; display_name: string; email: string; assigned_at: Date }> =
      await this.dataSource.query(
        `SELECT s.user_id, u.display_name, u.email, s.assigned_at
           FROM centre_staff s JOIN user_account u ON u.id = s.user_id
          WHERE s.centre_id = $1 ORDER BY s.assigned_at`,
        [centreId],
      );
    return rows.map((r) => ({
      userId: r.user_id,
      displayName: r.display_name,
      email: r.email,
      assignedAt: new Date(r.assigned_at),
    }));
  }

  /** The centres this person works at. */
  async centresOf(userId: string): Promise<string[]> {
    const rows: Array<{ centre_id: string }> = await this.dataSource.query(
      `SELECT centre_id FROM centre_staff WHERE user_id = $1`,
      [userId],
    );
    return rows.map((r) => r.centre_id);
  }

  async addDelegate(
    groupId: string,
    userId: string,
    relation: DelegateRelation,
    by: string,
    manager: EntityManager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO group_delegate (group_id, user_id, relation, added_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [groupId, userId, relation, by],
    );
    return rows.length > 0;
  }

  async removeDelegate(groupId: string, userId: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `WITH gone AS (DELETE FROM group_delegate WHERE group_id = $1 AND user_id = $2 RETURNING user_id)
       SELECT user_id FROM gone`,
      [groupId, userId],
    );
    return rows.length > 0;
  }

  async delegates(
    groupId: string,
  ): Promise<Array<{ userId: string; displayName: string; relation: DelegateRelation; addedAt: Date }>> {
    const rows: Array<{ user_id: string; display_name: string; relation: DelegateRelation; added_at: Date }> =
      await this.dataSource.query(
        `SELECT d.user_id, u.display_name, d.relation, d.added_at
           FROM group_delegate d JOIN user_account u ON u.id = d.user_id
          WHERE d.group_id = $1 ORDER BY d.added_at`,
        [groupId],
      );
    return rows.map((r) => ({
      userId: r.user_id,
      displayName: r.display_name,
      relation: r.relation,
      addedAt: new Date(r.added_at),
    }));
  }
}
