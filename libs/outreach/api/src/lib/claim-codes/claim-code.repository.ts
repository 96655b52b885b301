import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** A code as the claim sees it; `expired` is PostgreSQL's clock, the same one that `useOnce` asks. */
export interface ClaimCodeRow {
  readonly id: string;
  readonly npo_id: string;
  readonly used_at: Date | null;
  readonly used_by: string | null;
  readonly revoked_at: Date | null;
  readonly expired: boolean;
}

const SELECT_CODE = `SELECT id, npo_id, used_at, used_by, revoked_at, expires_at <= now() AS expired FROM npo_claim_code`;

/** The SQL of `npo_claim_code` (and the count of requests waiting for an NPO, for the claim page). */
@Injectable()
export class ClaimCodeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A new code valid for `days`; null when its hash is already taken (then the caller draws
   * another). ON CONFLICT rather than an error, so the caller's transaction stays usable.
   */
  async insert(
    code: { npoId: string; hash: string; letterJobId: string | null; issuedBy: string | null; days: number },
    manager: EntityManager,
  ): Promise<{ id: string; expiresAt: Date } | null> {
    const rows: Array<{ id: string; expires_at: Date }> = await manager.query(
      `INSERT INTO npo_claim_code (npo_id, code_hash, letter_job_id, issued_by, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(days => $5))
       ON CONFLICT (code_hash) DO NOTHING RETURNING id, expires_at`,
      [code.npoId, code.hash, code.letterJobId, code.issuedBy, code.days],
    );
    return rows[0] ? { id: rows[0].id, expiresAt: rows[0].expires_at } : null;
  }

  async findByHash(hash: string, manager: EntityManager = this.dataSource.manager): Promise<ClaimCodeRow | null> {
    const [row]: ClaimCodeRow[] = await manager.query(`${SELECT_CODE} WHERE code_hash = $1`, [hash]);
    return row ?? null;
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ClaimCodeRow | null> {
    const [row]: ClaimCodeRow[] = await manager.query(`${SELECT_CODE} WHERE id = $1`, [id]);
    return row ?? null;
  }

  /**
   * Uses the code up, if it still can be: ONE statement that checks and writes, so of parallel
   * claims the row lock lets exactly one through (the others re-read it used and get false).
   */
  async useOnce(id: string, userId: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      // (a CTE, because TypeORM returns [rows, count] for a bare UPDATE … RETURNING)
      `WITH used AS (
         UPDATE npo_claim_code SET used_at = now(), used_by = $2
          WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now() RETURNING id)
       SELECT id FROM used`,
      [id, userId],
    );
    return rows.length === 1;
  }

  /** Codes that went out in a letter, per NPO: how many and when the last was made. */
  async lettersPrinted(npoIds: readonly string[]): Promise<Map<string, { count: number; lastAt: Date }>> {
    if (npoIds.length === 0) return new Map();
    const rows: Array<{ npo_id: string; count: number; last_at: Date }> = await this.dataSource.query(
      `SELECT npo_id, count(*)::int AS count, max(created_at) AS last_at FROM npo_claim_code
        WHERE letter_job_id IS NOT NULL AND npo_id = ANY($1::uuid[]) GROUP BY npo_id`,
      [[...npoIds]],
    );
    return new Map(rows.map((r) => [r.npo_id, { count: r.count, lastAt: r.last_at }]));
  }

  /** Groups' requests for this NPO that are still open (the claim page tells the NPO about them). */
  async openRequestCount(npoId: string): Promise<number> {
    const [row]: Array<{ count: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM introduction_request WHERE npo_id = $1 AND status IN ('WAITING', 'FORWARDED')`,
      [npoId],
    );
    return row?.count ?? 0;
  }

  /** The codes a person used, for the personal-data export. */
  usedBy(userId: string): Promise<Array<{ npo_id: string; used_at: Date }>> {
    return this.dataSource.query(`SELECT npo_id, used_at FROM npo_claim_code WHERE used_by = $1 ORDER BY used_at`, [
      userId,
    ]);
  }
}
