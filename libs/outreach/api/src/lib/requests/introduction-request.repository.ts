import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import {
  type CloseReasonValue,
  type ForwardedHowValue,
  IntroductionRequestEntity,
  type IntroductionRouteValue,
  type IntroductionStatusValue,
} from '../entities/introduction-request.entity';

/** Still waiting for the NPO: the statuses the reminders, the queue and the NPO's list work on. */
export const OPEN_STATUSES: readonly IntroductionStatusValue[] = ['WAITING', 'FORWARDED'];

export interface NewIntroduction {
  readonly needId: string;
  readonly npoId: string;
  readonly requestedBy: string;
  readonly route: IntroductionRouteValue;
  readonly status: IntroductionStatusValue;
  readonly forwardedHow: ForwardedHowValue | null;
}

/** Every query on introduction_request. */
@Injectable()
export class IntroductionRequestRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(IntroductionRequestEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<IntroductionRequestEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  findByNeedAndNpo(needId: string, npoId: string, manager?: EntityManager): Promise<IntroductionRequestEntity | null> {
    return this.repo(manager).findOneBy({ needId, npoId });
  }

  /** The new request, or null when this need already asked this NPO (asking twice keeps one). */
  async insertNew(manager: EntityManager, r: NewIntroduction): Promise<IntroductionRequestEntity | null> {
    const forwarded = r.status === 'FORWARDED';
    const answered = r.status === 'ANSWERED';
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO introduction_request
         (need_id, npo_id, requested_by, route, status, forwarded_at, forwarded_how, answered_at)
       VALUES ($1, $2, $3, $4, $5, CASE WHEN $6::boolean THEN now() END, $7, CASE WHEN $8::boolean THEN now() END)
       ON CONFLICT (need_id, npo_id) DO NOTHING RETURNING id`,
      [r.needId, r.npoId, r.requestedBy, r.route, r.status, forwarded, r.forwardedHow, answered],
    );
    return rows.length ? this.findById(rows[0].id, manager) : null;
  }

  /** The requests of one need, oldest first. */
  ofNeed(needId: string): Promise<IntroductionRequestEntity[]> {
    return this.repo().find({ where: { needId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The open requests for one NPO, oldest first. */
  openOfNpo(npoId: string): Promise<IntroductionRequestEntity[]> {
    return this.repo().find({
      where: { npoId, status: In([...OPEN_STATUSES]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /**
   * Staff's queue, oldest first: what the city passes on (route CITY), and requests to NPOs with
   * members that got no answer by the reminder (those came back to staff too).
   */
  forQueue(statuses: readonly IntroductionStatusValue[]): Promise<IntroductionRequestEntity[]> {
    return this.repo()
      .createQueryBuilder('r')
      .where('r.status IN (:...statuses)', { statuses })
      .andWhere(`(r.route = 'CITY' OR r.reminded_at IS NOT NULL)`)
      .orderBy('r.createdAt', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
  }

  /** NPOs with open requests the city passes on, the one waiting longest first. */
  async npoIdsWaiting(): Promise<string[]> {
    const rows: Array<{ npo_id: string }> = await this.dataSource.query(
      `SELECT npo_id FROM introduction_request WHERE route = 'CITY' AND status = ANY($1::text[])
        GROUP BY npo_id ORDER BY min(created_at), npo_id`,
      [[...OPEN_STATUSES]],
    );
    return rows.map((r) => r.npo_id);
  }

  /** These NPOs' WAITING requests were passed on: FORWARDED; the rows changed. */
  async forwardWaiting(
    manager: EntityManager,
    npoIds: readonly string[],
    how: ForwardedHowValue,
    by: string | null,
  ): Promise<IntroductionRequestEntity[]> {
    if (npoIds.length === 0) return [];
    return this.changed(
      manager,
      `UPDATE introduction_request SET status = 'FORWARDED', forwarded_at = now(), forwarded_how = $2, forwarded_by = $3
        WHERE npo_id = ANY($1::uuid[]) AND status = 'WAITING' RETURNING id`,
      [[...npoIds], how, by],
    );
  }

  /** Closes an open request; null when it is not open (or not there). */
  async close(
    manager: EntityManager,
    id: string,
    status: 'NO_REPLY' | 'CLOSED',
    reason: CloseReasonValue,
    note: string | null,
  ): Promise<IntroductionRequestEntity | null> {
    const [row] = await this.changed(
      manager,
      `UPDATE introduction_request SET status = $2, close_reason = $3, close_note = $4, closed_at = now()
        WHERE id = $1 AND status = ANY($5::text[]) RETURNING id`,
      [id, status, reason, note, [...OPEN_STATUSES]],
    );
    return row ?? null;
  }

  /**
   * The NPO offered on the need: its request (whatever became of it) is ANSWERED — the offer is
   * the answer, also when it comes after the request closed.
   */
  async markAnswered(manager: EntityManager, needId: string, npoId: string): Promise<IntroductionRequestEntity | null> {
    const [row] = await this.changed(
      manager,
      `UPDATE introduction_request
          SET status = 'ANSWERED', answered_at = now(), closed_at = NULL, close_reason = NULL, close_note = NULL
        WHERE need_id = $1 AND npo_id = $2 AND status <> 'ANSWERED' RETURNING id`,
      [needId, npoId],
    );
    return row ?? null;
  }

  /** Every open request (the reminders check their needs are still open). */
  open(manager: EntityManager): Promise<IntroductionRequestEntity[]> {
    return this.repo(manager).find({ where: { status: In([...OPEN_STATUSES]) } });
  }

  /** Their needs closed: these open requests close too, at `now`. */
  async closeForClosedNeeds(manager: EntityManager, ids: readonly string[], now: Date): Promise<number> {
    if (ids.length === 0) return 0;
    const rows = await this.changed(
      manager,
      `UPDATE introduction_request SET status = 'CLOSED', close_reason = 'NEED_CLOSED', closed_at = $2
        WHERE id = ANY($1::uuid[]) AND status = ANY($3::text[]) RETURNING id`,
      [[...ids], now, [...OPEN_STATUSES]],
    );
    return rows.length;
  }

  /** Open requests made `days` or more before `now` close as NO_REPLY; the rows closed. */
  closeUnanswered(manager: EntityManager, now: Date, days: number): Promise<IntroductionRequestEntity[]> {
    return this.changed(
      manager,
      `UPDATE introduction_request SET status = 'NO_REPLY', close_reason = 'NO_REPLY', closed_at = $1
        WHERE status = ANY($3::text[]) AND created_at <= $1::timestamptz - make_interval(days => $2) RETURNING id`,
      [now, days, [...OPEN_STATUSES]],
    );
  }

  /** Open requests made `days` or more before `now` and not reminded yet are reminded now; those rows. */
  remindDue(manager: EntityManager, now: Date, days: number): Promise<IntroductionRequestEntity[]> {
    return this.changed(
      manager,
      `UPDATE introduction_request SET reminded_at = $1
        WHERE status = ANY($3::text[]) AND reminded_at IS NULL
          AND created_at <= $1::timestamptz - make_interval(days => $2) RETURNING id`,
      [now, days, [...OPEN_STATUSES]],
    );
  }

  /** What a person asked for (their personal-data export). */
  madeBy(userId: string): Promise<unknown[]> {
    return this.dataSource.query(
      `SELECT id, need_id, npo_id, route, status, created_at FROM introduction_request
        WHERE requested_by = $1 ORDER BY created_at`,
      [userId],
    );
  }

  /** Runs an UPDATE … RETURNING id and reads the changed rows back, oldest first. */
  private async changed(manager: EntityManager, sql: string, params: unknown[]): Promise<IntroductionRequestEntity[]> {
    // (a CTE, because TypeORM returns [rows, count] for a bare UPDATE … RETURNING)
    const rows: Array<{ id: string }> = await manager.query(`WITH changed AS (${sql}) SELECT id FROM changed`, params);
    if (rows.length === 0) return [];
    return this.repo(manager).find({
      where: { id: In(rows.map((r) => r.id)) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
