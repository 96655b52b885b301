import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** What a person belongs to: the facts the policies decide on. */
export interface Memberships {
  /** group id → role in it */
  readonly groups: ReadonlyMap<string, 'OWNER' | 'MEMBER'>;
  readonly npos: ReadonlySet<string>;
}

export const NO_MEMBERSHIPS: Memberships = { groups: new Map(), npos: new Set() };

@Injectable()
export class MembershipService {
  constructor(private readonly dataSource: DataSource) {}

  async load(userId: string | undefined): Promise<Memberships> {
    if (!userId) return NO_MEMBERSHIPS;
    const [groups, npos] = await Promise.all([
      this.dataSource.query(`SELECT group_id, role FROM group_member WHERE user_id = $1`, [userId]),
      this.dataSource.query(`SELECT npo_id FROM npo_member WHERE user_id = $1`, [userId]),
    ]);
    return {
      groups: new Map(
        (groups as Array<{ group_id: string; role: 'OWNER' | 'MEMBER' }>).map((g) => [g.group_id, g.role]),
      ),
      npos: new Set((npos as Array<{ npo_id: string }>).map((n) => n.npo_id)),
    };
  }

  /** Who looks after this NPO (to tell them something), read in the caller's transaction if given. */
  async npoMemberIds(npoId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await manager.query(`SELECT user_id FROM npo_member WHERE npo_id = $1`, [
      npoId,
    ]);
    return rows.map((r) => r.user_id);
  }

  /** The members of this community group, read in the caller's transaction if given. */
  async groupMemberIds(groupId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await manager.query(
      `SELECT user_id FROM group_member WHERE group_id = $1`,
      [groupId],
    );
    return rows.map((r) => r.user_id);
  }
}
