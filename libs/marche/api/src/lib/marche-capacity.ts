import type { EntityManager } from 'typeorm';

export interface BoothTypeRow {
  id: string;
  event_id: string;
  code: string;
  name: string;
  capacity: number;
}

/**
 * The capacity rule, under concurrency: every change to a booth type's applications first locks
 * that booth type's row (SELECT … FOR UPDATE), so applications, withdrawals and rejections of
 * one type run one after another while other types go on in parallel. Within the lock, PENDING +
 * ACCEPTED never exceed the capacity and waitlist positions are 1..N without gaps (a partial
 * unique index guards the positions too).
 */
export async function lockBoothType(manager: EntityManager, boothTypeId: string): Promise<BoothTypeRow> {
  const [row] = await manager.query(
    `SELECT id, event_id, code, name, capacity FROM marche_booth_type WHERE id = $1 FOR UPDATE`,
    [boothTypeId],
  );
  return row as BoothTypeRow;
}

/** PENDING or WAITLISTED (with its position) for a new application of a locked booth type. */
export async function placeFor(
  manager: EntityManager,
  type: BoothTypeRow,
): Promise<{ status: 'PENDING' | 'WAITLISTED'; position: number | null }> {
  const [{ taken, last }] = await manager.query(
    `SELECT count(*) FILTER (WHERE status IN ('PENDING', 'ACCEPTED'))::int AS taken,
            coalesce(max(waitlist_position), 0)::int AS last
       FROM marche_application WHERE booth_type_id = $1`,
    [type.id],
  );
  return taken < type.capacity ? { status: 'PENDING', position: null } : { status: 'WAITLISTED', position: last + 1 };
}

/**
 * After a place was freed: the first on the waitlist becomes PENDING (returned, to be told), and
 * the rest move up so positions stay 1..N. Renumbering goes through negative numbers so the
 * unique index on positions never sees two rows on one number mid-update.
 */
export async function promoteAndCompact(manager: EntityManager, type: BoothTypeRow): Promise<string | null> {
  const { status } = await placeFor(manager, type);
  let promoted: string | null = null;
  if (status === 'PENDING') {
    const [first] = await manager.query(
      `SELECT id FROM marche_application WHERE booth_type_id = $1 AND status = 'WAITLISTED' ORDER BY waitlist_position LIMIT 1`,
      [type.id],
    );
    if (first) {
      await manager.query(
        `UPDATE marche_application SET status = 'PENDING', waitlist_position = NULL, updated_at = now() WHERE id = $1`,
        [first.id],
      );
      promoted = first.id as string;
    }
  }
  await manager.query(
    `WITH ranked AS (
       SELECT id, row_number() OVER (ORDER BY waitlist_position) AS n
         FROM marche_application WHERE booth_type_id = $1 AND status = 'WAITLISTED')
     UPDATE marche_application a SET waitlist_position = -r.n FROM ranked r WHERE a.id = r.id`,
    [type.id],
  );
  await manager.query(
    `UPDATE marche_application SET waitlist_position = -waitlist_position
      WHERE booth_type_id = $1 AND status = 'WAITLISTED' AND waitlist_position < 0`,
    [type.id],
  );
  return promoted;
}
