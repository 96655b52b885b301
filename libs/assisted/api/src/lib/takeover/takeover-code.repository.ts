import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The SQL of `group_takeover_code`: one-time numbers with which an officer takes a group over. */
@Injectable()
export class TakeoverCodeRepository {
  /** A new code; the group's earlier unused codes stop working (only the latest paper counts). */
  async issue(groupId: string, codeHash: string, by: string, expiresAt: Date, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE group_takeover_code SET revoked_at = now() WHERE group_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
      [groupId],
    );
    await manager.query(
      `INSERT INTO group_takeover_code (group_id, code_hash, issued_by, expires_at) VALUES ($1, $2, $3, $4)`,
      [groupId, codeHash, by, expiresAt],
    );
  }

  /** Uses the code if it still works, and says whose group it was; null otherwise. */
  async use(codeHash: string, userId: string, manager: EntityManager): Promise<string | null> {
    const rows: Array<{ group_id: string }> = await manager.query(
      // (a CTE, because TypeORM returns [rows, count] for a bare UPDATE … RETURNING)
      `WITH used AS (
         UPDATE group_takeover_code SET used_at = now(), used_by = $2
          WHERE code_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
          RETURNING group_id)
       SELECT group_id FROM used`,
      [codeHash, userId],
    );
    return rows[0]?.group_id ?? null;
  }

  async exists(codeHash: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM group_takeover_code WHERE code_hash = $1`, [codeHash]);
    return rows.length > 0;
  }
}
