import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** need_invitation: a group asked a suggested NPO to offer. */
@Injectable()
export class NeedInvitationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** True when this invitation is new (inviting twice records it once). */
  async add(needId: string, npoId: string, invitedBy: string, manager: EntityManager): Promise<boolean> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO need_invitation (need_id, npo_id, invited_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING need_id`,
      [needId, npoId, invitedBy],
    );
    return inserted.length > 0;
  }

  async needIdsInviting(npoId: string): Promise<Set<string>> {
    const rows: Array<{ need_id: string }> = await this.dataSource.query(
      `SELECT need_id FROM need_invitation WHERE npo_id = $1`,
      [npoId],
    );
    return new Set(rows.map((r) => r.need_id));
  }
}
