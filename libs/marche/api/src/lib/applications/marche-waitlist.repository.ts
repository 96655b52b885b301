import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BoothTypeHolding, BoothTypeRow } from './marche-capacity';

/**
 * The booth type lock and the waitlist of its applications. Every statement runs in the caller's
 * transaction, under the lock (SELECT … FOR UPDATE on the booth type's row).
 */
@Injectable()
export class MarcheWaitlistRepository {
  async lockBoothType(boothTypeId: string, manager: EntityManager): Promise<BoothTypeRow> {
    const [row] = await manager.query(
      `SELECT id, event_id AS "eventId", code, name, capacity FROM marche_booth_type WHERE id = $1 FOR UPDATE`,
      [boothTypeId],
    );
    return row as BoothTypeRow;
  }

  async holding(boothTypeId: string, manager: EntityManager): Promise<BoothTypeHolding> {
    const [row] = await manager.query(
      `SELECT count(*) FILTER (WHERE status IN ('PENDING', 'ACCEPTED'))::int AS taken,
              coalesce(max(waitlist_position), 0)::int AS last
         FROM marche_application WHERE booth_type_id = $1`,
      [boothTypeId],
    );
    return row as BoothTypeHolding;
  }

  /** The first on the waitlist becomes PENDING; its id, or null when nobody waits. */
  async promoteFirst(boothTypeId: string, manager: EntityManager): Promise<string | null> {
    const [first] = await manager.query(
      `SELECT id FROM marche_application WHERE booth_type_id = $1 AND status = 'WAITLISTED' ORDER BY waitlist_position LIMIT 1`,
      [boothTypeId],
    );
    if (!first) return null;
    await manager.query(
      `UPDATE marche_application SET status = 'PENDING', waitlist_position = NULL, updated_at = now() WHERE id = $1`,
      [first.id],
    );
    return first.id as string;
  }

  /**
   * Positions 1..N again without gaps. Renumbering goes through negative numbers so the unique
   * index on positions never sees two rows on one number mid-update.
   */
  async compact(boothTypeId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `WITH ranked AS (
         SELECT id, row_number() OVER (ORDER BY waitlist_position) AS n
           FROM marche_application WHERE booth_type_id = $1 AND status = 'WAITLISTED')
       UPDATE marche_application a SET waitlist_position = -r.n FROM ranked r WHERE a.id = r.id`,
      [boothTypeId],
    );
    await manager.query(
      `UPDATE marche_application SET waitlist_position = -waitlist_position
        WHERE booth_type_id = $1 AND status = 'WAITLISTED' AND waitlist_position < 0`,
      [boothTypeId],
    );
  }
}
