import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * The SQL of `auth_throttle`: one counter row per (kind, subject). Each write is ONE statement
 * that counts and decides at once (`INSERT … ON CONFLICT … DO UPDATE … WHERE … RETURNING`): the
 * row lock PostgreSQL takes makes parallel requests wait for each other, so 30 requests at the
 * same moment cannot all read "4 so far" and all go ahead.
 */
@Injectable()
export class AuthThrottleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Takes one slot of a fixed window (`max` per `windowSeconds`); a window that has run out
   * starts again. Returns false, changing nothing, when the window is full.
   */
  async takeWindowSlot(kind: string, subject: string, max: number, windowSeconds: number): Promise<boolean> {
    const expired = `t.since <= now() - make_interval(secs => $3)`;
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO auth_throttle AS t (kind, subject, hits, since) VALUES ($1, $2, 1, now())
       ON CONFLICT (kind, subject) DO UPDATE
          SET hits = CASE WHEN ${expired} THEN 1 ELSE t.hits + 1 END,
              since = CASE WHEN ${expired} THEN now() ELSE t.since END
        WHERE ${expired} OR t.hits < $4
       RETURNING hits`,
      [kind, subject, windowSeconds, max],
    );
    return rows.length === 1;
  }

  /** Gives a slot back (a try that turned out not to count, e.g. a right password). */
  async returnWindowSlot(kind: string, subject: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE auth_throttle SET hits = greatest(hits - 1, 0) WHERE kind = $1 AND subject = $2`,
      [kind, subject],
    );
  }

  /** When the full window of this subject opens again. */
  async windowOpensAt(kind: string, subject: string, windowSeconds: number): Promise<Date> {
    const [row] = await this.dataSource.query(
      `SELECT since + make_interval(secs => $3) AS at FROM auth_throttle WHERE kind = $1 AND subject = $2`,
      [kind, subject, windowSeconds],
    );
    return row?.at ?? new Date();
  }

  /**
   * Counts one more failure in advance (the check has not run yet, so it is assumed to fail) and
   * sets when the next try may come: no wait for the first `free` failures, then `baseSeconds`,
   * doubling, at most `capSeconds`. Failures older than `forgetSeconds` are forgotten. Returns
   * false, changing nothing, while the subject must still wait.
   */
  async reserveFailure(
    kind: string,
    subject: string,
    policy: { free: number; baseSeconds: number; capSeconds: number; forgetSeconds: number },
  ): Promise<boolean> {
    const failures = `(CASE WHEN t.since <= now() - make_interval(secs => $6) THEN 0 ELSE t.hits END) + 1`;
    const wait = (n: string) =>
      `CASE WHEN ${n} < $3 THEN NULL ELSE now() + make_interval(secs => least($5::float8, $4::float8 * 2 ^ (${n} - $3))) END`;
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO auth_throttle AS t (kind, subject, hits, since, not_before)
       VALUES ($1, $2, 1, now(), ${wait('1')})
       ON CONFLICT (kind, subject) DO UPDATE
          SET hits = ${failures}, since = now(), not_before = ${wait(`(${failures})`)}
        WHERE t.not_before IS NULL OR t.not_before <= now()
       RETURNING hits`,
      [kind, subject, policy.free, policy.baseSeconds, policy.capSeconds, policy.forgetSeconds],
    );
    return rows.length === 1;
  }

  /** When the subject may try again (now when it need not wait). */
  async notBefore(kind: string, subject: string): Promise<Date> {
    const [row] = await this.dataSource.query(`SELECT not_before FROM auth_throttle WHERE kind = $1 AND subject = $2`, [
      kind,
      subject,
    ]);
    return row?.not_before ?? new Date();
  }

  async clear(kind: string, subject: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM auth_throttle WHERE kind = $1 AND subject = $2`, [kind, subject]);
  }
}
