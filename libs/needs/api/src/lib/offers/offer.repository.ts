import type { StoredProxyEntry } from '@tsunagu/accounts/api';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, Not } from 'typeorm';
import { OfferEntity, type OfferStatusValue } from '../entities/offer.entity';

/** Every query on the offer table (and offer_read, who read a thread when). */
@Injectable()
export class OfferRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(OfferEntity);
  }

  findById(id: string): Promise<OfferEntity | null> {
    return this.repo().findOneBy({ id });
  }

  /** The offer, locked for the rest of the caller's transaction. */
  lock(id: string, manager: EntityManager): Promise<OfferEntity | null> {
    return manager.findOne(OfferEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByNeedAndNpo(needId: string, npoId: string, manager: EntityManager): Promise<OfferEntity | null> {
    return this.repo(manager).findOneBy({ needId, npoId });
  }

  async create(manager: EntityManager, fields: Pick<OfferEntity, 'needId' | 'npoId' | 'createdBy' | 'message'>) {
    return manager.save(manager.create(OfferEntity, { ...fields, status: 'PENDING' }));
  }

  /**
   * Offering again after a withdrawal (or after the offer closed unanswered) re-opens the same
   * thread, with a new reply deadline.
   */
  async reopen(id: string, message: string, userId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE offer SET status = 'PENDING', message = $2, created_by = $3, created_at = now(), decided_at = NULL,
              decided_by = NULL, reminded_at = NULL, close_reason = NULL
        WHERE id = $1`,
      [id, message, userId],
    );
  }

  async decide(
    id: string,
    status: OfferStatusValue,
    userId: string | null,
    manager: EntityManager,
    proxy: StoredProxyEntry | null = null,
  ): Promise<void> {
    if (status === 'WITHDRAWN') {
      await manager.query(`UPDATE offer SET status = 'WITHDRAWN', decided_at = now() WHERE id = $1`, [id]);
    } else {
      await manager.query(
        `UPDATE offer SET status = $2, decided_at = now(), decided_by = $3, answered_by_proxy = $4 WHERE id = $1`,
        [id, status, userId, proxy ? JSON.stringify(proxy) : null],
      );
    }
  }

  /** The offers on a need still standing (not withdrawn), oldest first. */
  onNeed(needId: string): Promise<OfferEntity[]> {
    return this.repo().find({ where: { needId, status: Not('WITHDRAWN') }, order: { createdAt: 'ASC' } });
  }

  ofNpos(npoIds: readonly string[], limit: number): Promise<OfferEntity[]> {
    return this.repo().find({ where: { npoId: In([...npoIds]) }, order: { createdAt: 'DESC' }, take: limit });
  }

  /** How many standing offers each need has. */
  async countsOnNeeds(needIds: readonly string[]): Promise<Map<string, number>> {
    if (needIds.length === 0) return new Map();
    const rows: Array<{ need_id: string; count: number }> = await this.dataSource.query(
      `SELECT need_id, count(*)::int AS count FROM offer WHERE need_id = ANY($1::uuid[]) AND status <> 'WITHDRAWN' GROUP BY need_id`,
      [[...needIds]],
    );
    return new Map(rows.map((r) => [r.need_id, r.count]));
  }

  /** The offer (any status) of each of these (need, NPO) pairs that has one, keyed `needId:npoId`. */
  async idsOfPairs(pairs: ReadonlyArray<{ needId: string; npoId: string }>): Promise<Map<string, string>> {
    if (pairs.length === 0) return new Map();
    const rows: Array<{ id: string; need_id: string; npo_id: string }> = await this.dataSource.query(
      `SELECT o.id, o.need_id, o.npo_id FROM offer o
         JOIN unnest($1::uuid[], $2::uuid[]) AS p (need_id, npo_id) ON p.need_id = o.need_id AND p.npo_id = o.npo_id`,
      [pairs.map((p) => p.needId), pairs.map((p) => p.npoId)],
    );
    return new Map(rows.map((r) => [`${r.need_id}:${r.npo_id}`, r.id]));
  }

  /** Whether any of these NPOs ever offered on the need (withdrawn too: they saw it). */
  async anyFrom(needId: string, npoIds: readonly string[]): Promise<boolean> {
    if (npoIds.length === 0) return false;
    return (await this.repo().count({ where: { needId, npoId: In([...npoIds]) }, take: 1 })) > 0;
  }

  /** The needs this NPO has a standing offer on. */
  async needIdsOfferedBy(npoId: string): Promise<Set<string>> {
    const rows = await this.repo().find({ select: { needId: true }, where: { npoId, status: Not('WITHDRAWN') } });
    return new Set(rows.map((r) => r.needId));
  }

  /**
   * Of these NPOs (or all), those that offered or wrote on an offer in the last `days` days: a
   * sign of a living NPO for matching.
   */
  async npoIdsActiveSince(days: number): Promise<Set<string>> {
    const rows: Array<{ npo_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT o.npo_id FROM offer o WHERE o.created_at > now() - make_interval(days => $1)
       UNION
       SELECT DISTINCT o.npo_id FROM offer o JOIN offer_message om ON om.offer_id = o.id
        WHERE om.sender_side = 'NPO' AND om.created_at > now() - make_interval(days => $1)`,
      [days],
    );
    return new Set(rows.map((r) => r.npo_id));
  }

  /**
   * The offers made on exactly these (need, NPO) pairs, withdrawn ones too: when each was made
   * and, if the group accepted it, when (the outreach funnel's "offered" and "matched" steps).
   */
  async onPairs(
    pairs: ReadonlyArray<{ needId: string; npoId: string }>,
  ): Promise<Array<{ needId: string; npoId: string; createdAt: Date; acceptedAt: Date | null }>> {
    if (pairs.length === 0) return [];
    const rows: Array<{ need_id: string; npo_id: string; created_at: Date; accepted_at: Date | null }> =
      await this.dataSource.query(
        `SELECT o.need_id, o.npo_id, o.created_at,
                CASE WHEN o.status = 'ACCEPTED' THEN o.decided_at END AS accepted_at
           FROM offer o
           JOIN unnest($1::uuid[], $2::uuid[]) AS p (need_id, npo_id) ON p.need_id = o.need_id AND p.npo_id = o.npo_id`,
        [pairs.map((p) => p.needId), pairs.map((p) => p.npoId)],
      );
    return rows.map((r) => ({
      needId: r.need_id,
      npoId: r.npo_id,
      createdAt: new Date(r.created_at),
      acceptedAt: r.accepted_at ? new Date(r.accepted_at) : null,
    }));
  }

  /** Messages not yet read by this person, per offer (their own aside). */
  async unreadCounts(offerIds: readonly string[], userId: string): Promise<Map<string, number>> {
    if (offerIds.length === 0) return new Map();
    const rows: Array<{ offer_id: string; count: number }> = await this.dataSource.query(
      `SELECT om.offer_id, count(*)::int AS count FROM offer_message om
         LEFT JOIN offer_read r ON r.offer_id = om.offer_id AND r.user_id = $2
        WHERE om.offer_id = ANY($1::uuid[]) AND om.sender_id IS DISTINCT FROM $2
          AND om.created_at > coalesce(r.read_at, '-infinity')
        GROUP BY om.offer_id`,
      [[...offerIds], userId],
    );
    return new Map(rows.map((r) => [r.offer_id, r.count]));
  }

  async markRead(offerId: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO offer_read (offer_id, user_id, read_at) VALUES ($1, $2, now())
       ON CONFLICT (offer_id, user_id) DO UPDATE SET read_at = now()`,
      [offerId, userId],
    );
  }

  /** What a person offered (their personal-data export). */
  madeBy(userId: string): Promise<unknown[]> {
    return this.dataSource.query(
      `SELECT id, need_id, npo_id, message, status, created_at FROM offer WHERE created_by = $1 ORDER BY created_at`,
      [userId],
    );
  }
}
