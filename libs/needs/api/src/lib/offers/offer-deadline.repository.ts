import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { type OfferCloseReasonValue, OfferEntity } from '../entities/offer.entity';

/**
 * The queries of an offer's reply deadline on the offer table: the offers still waiting for the
 * group, the reminder, and closing unanswered. Every change takes only offers still PENDING
 * (re-checked by PostgreSQL after a concurrent answer's row lock), so a run never overrides an
 * answer and a run twice changes nothing more.
 */
@Injectable()
export class OfferDeadlineRepository {
  /** Every offer still waiting for the group's answer. */
  pending(manager: EntityManager): Promise<OfferEntity[]> {
    return manager.getRepository(OfferEntity).find({ where: { status: 'PENDING' } });
  }

  /** These waiting offers close at `now` for `reason`; the rows closed. */
  close(
    manager: EntityManager,
    ids: readonly string[],
    now: Date,
    reason: OfferCloseReasonValue,
  ): Promise<OfferEntity[]> {
    return this.changed(
      manager,
      ids,
      `UPDATE offer SET status = 'EXPIRED', close_reason = $3, decided_at = $2, decided_by = NULL
        WHERE id = ANY($1::uuid[]) AND status = 'PENDING' RETURNING id`,
      [[...ids], now, reason],
    );
  }

  /** Of these, the waiting offers made `days` or more before `now` close as NO_REPLY; the rows closed. */
  closeUnanswered(manager: EntityManager, ids: readonly string[], now: Date, days: number): Promise<OfferEntity[]> {
    return this.changed(
      manager,
      ids,
      `UPDATE offer SET status = 'EXPIRED', close_reason = 'NO_REPLY', decided_at = $2, decided_by = NULL
        WHERE id = ANY($1::uuid[]) AND status = 'PENDING'
          AND created_at <= $2::timestamptz - make_interval(days => $3) RETURNING id`,
      [[...ids], now, days],
    );
  }

  /** Of these, the waiting offers made `days` or more before `now` and not reminded yet are reminded now; those rows. */
  remindDue(manager: EntityManager, ids: readonly string[], now: Date, days: number): Promise<OfferEntity[]> {
    return this.changed(
      manager,
      ids,
      `UPDATE offer SET reminded_at = $2
        WHERE id = ANY($1::uuid[]) AND status = 'PENDING' AND reminded_at IS NULL
          AND created_at <= $2::timestamptz - make_interval(days => $3) RETURNING id`,
      [[...ids], now, days],
    );
  }

  /** Runs an UPDATE … RETURNING id and reads the changed rows back, oldest first. */
  private async changed(
    manager: EntityManager,
    ids: readonly string[],
    sql: string,
    params: unknown[],
  ): Promise<OfferEntity[]> {
    if (ids.length === 0) return [];
    // (a CTE, because TypeORM returns [rows, count] for a bare UPDATE … RETURNING)
    const rows: Array<{ id: string }> = await manager.query(`WITH changed AS (${sql}) SELECT id FROM changed`, params);
    if (rows.length === 0) return [];
    return manager.getRepository(OfferEntity).find({
      where: { id: In(rows.map((r) => r.id)) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
