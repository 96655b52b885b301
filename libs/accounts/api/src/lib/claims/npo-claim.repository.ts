import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NpoClaimEntity } from '../entities/npo-claim.entity';
import type { NpoClaimStatus } from './npo-claim.model';

/** A claim with its claimant (both accounts' tables); the NPO's name is the NPO directory's. */
export interface ClaimRow {
  id: string;
  npo_id: string;
  message: string;
  status: NpoClaimStatus;
  created_at: Date;
  display_name: string;
  email: string;
}

const SELECT = `SELECT c.id, c.npo_id, c.message, c.status, c.created_at, u.display_name, u.email
  FROM npo_claim c JOIN user_account u ON u.id = c.user_id`;

/** The SQL of `npo_claim`. */
@Injectable()
export class NpoClaimRepository {
  constructor(private readonly dataSource: DataSource) {}

  async hasPending(npoId: string, userId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM npo_claim WHERE npo_id = $1 AND user_id = $2 AND status = 'PENDING'`,
      [npoId, userId],
    );
    return !!row;
  }

  /** A new claim; the unique index on pending claims refuses a second one (SQLSTATE 23505). */
  async insert(npoId: string, userId: string, message: string): Promise<string> {
    const [{ id }]: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO npo_claim (npo_id, user_id, message) VALUES ($1, $2, $3) RETURNING id`,
      [npoId, userId, message],
    );
    return id;
  }

  /** A claim decided at once (the demo seed's NPO member). */
  async insertApproved(claim: { npoId: string; userId: string; message: string; decidedBy: string }): Promise<void> {
    await this.dataSource.manager.insert(NpoClaimEntity, { ...claim, status: 'APPROVED', decidedAt: new Date() });
  }

  /** The claim, locked until the caller's transaction ends. */
  lockForDecision(id: string, manager: EntityManager): Promise<NpoClaimEntity | null> {
    return manager.findOne(NpoClaimEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * The person's pending claim for this NPO, approved without staff (decided_by stays empty):
   * they became a member another way (a letter's claim code), so staff need not decide it.
   * Returns the ids of the claims closed.
   */
  async approvePendingWithoutStaff(npoId: string, userId: string, manager: EntityManager): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      // (a CTE, because TypeORM returns [rows, count] for a bare UPDATE … RETURNING)
      `WITH approved AS (
         UPDATE npo_claim SET status = 'APPROVED', decided_at = now(), decided_by = NULL
          WHERE npo_id = $1 AND user_id = $2 AND status = 'PENDING' RETURNING id)
       SELECT id FROM approved`,
      [npoId, userId],
    );
    return rows.map((r) => r.id);
  }

  async save(claim: NpoClaimEntity, manager: EntityManager): Promise<void> {
    await manager.save(claim);
  }

  async row(id: string): Promise<ClaimRow | undefined> {
    const [row]: ClaimRow[] = await this.dataSource.query(`${SELECT} WHERE c.id = $1`, [id]);
    return row;
  }

  rowsOfUser(userId: string): Promise<ClaimRow[]> {
    return this.dataSource.query(`${SELECT} WHERE c.user_id = $1 ORDER BY c.created_at DESC`, [userId]);
  }

  pendingRows(): Promise<ClaimRow[]> {
    return this.dataSource.query(`${SELECT} WHERE c.status = 'PENDING' ORDER BY c.created_at`);
  }

  /** A person's claims as the personal-data export shows them (names come from the NPO directory). */
  forExport(
    userId: string,
  ): Promise<Array<{ id: string; npo_id: string; message: string; status: string; created_at: Date }>> {
    return this.dataSource.query(
      `SELECT c.id, c.npo_id, c.message, c.status, c.created_at FROM npo_claim c WHERE c.user_id = $1`,
      [userId],
    );
  }
}
