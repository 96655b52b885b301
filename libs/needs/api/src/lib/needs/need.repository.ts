import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, Not } from 'typeorm';
import { NeedEntity } from '../entities/need.entity';
import { OPEN_NEED_STATUSES, PUBLIC_NEED_STATUSES } from './open-needs';

/** Every query on the need table. */
@Injectable()
export class NeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(NeedEntity);
  }

  create(manager: EntityManager, fields: Partial<NeedEntity>): NeedEntity {
    return manager.create(NeedEntity, fields);
  }

  save(need: NeedEntity, manager?: EntityManager): Promise<NeedEntity> {
    return this.repo(manager).save(need);
  }

  findById(id: string, manager?: EntityManager): Promise<NeedEntity | null> {
    return this.repo(manager).findOne({ where: { id } });
  }

  /** The need, locked for the rest of the caller's transaction. */
  lock(id: string, manager: EntityManager, mode: 'pessimistic_write' | 'pessimistic_read'): Promise<NeedEntity | null> {
    return manager.findOne(NeedEntity, { where: { id }, lock: { mode } });
  }

  async byIds(ids: readonly string[], manager?: EntityManager): Promise<NeedEntity[]> {
    return ids.length ? this.repo(manager).findBy({ id: In([...new Set(ids)]) }) : [];
  }

  ofGroups(groupIds: readonly string[]): Promise<NeedEntity[]> {
    return this.repo().find({ where: { groupId: In([...groupIds]) }, order: { createdAt: 'DESC' } });
  }

  /** Staff's list: these statuses, newest first, optionally of one ward or without any offer. */
  forStaff(filter: {
    statuses: readonly string[];
    ward?: string | null;
    unansweredOnly?: boolean;
    limit: number;
  }): Promise<NeedEntity[]> {
    const query = this.repo()
      .createQueryBuilder('n')
      .where('n.status IN (:...statuses)', { statuses: filter.statuses })
      .orderBy('n.publishedAt', 'DESC', 'NULLS LAST')
      .addOrderBy('n.createdAt', 'DESC')
      .limit(filter.limit);
    if (filter.ward) query.andWhere('n.ward = :ward', { ward: filter.ward });
    if (filter.unansweredOnly) {
      query.andWhere(`NOT EXISTS (SELECT 1 FROM offer o WHERE o.need_id = n.id AND o.status <> 'WITHDRAWN')`);
    }
    return query.getMany();
  }

  /** Published needs whose deadline has passed become EXPIRED; their ids. */
  async expireDue(today: string, manager: EntityManager): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      // (a CTE, because TypeORM returns [rows, count] for a bare UPDATE … RETURNING)
      `WITH expired AS (
         UPDATE need SET status = 'EXPIRED', updated_at = now()
          WHERE status = 'PUBLISHED' AND deadline < $1 RETURNING id)
       SELECT id FROM expired`,
      [today],
    );
    return rows.map((r) => r.id);
  }

  /** An accepted offer moves a published need to MATCHED. */
  async markMatched(id: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE need SET status = 'MATCHED', updated_at = now() WHERE id = $1 AND status = 'PUBLISHED'`,
      [id],
    );
  }

  /**
   * Needs that may be public (status and not hidden; the group's standing is the caller's to
   * check): these ids, or a page of all in id order after `after`.
   */
  publicByIds(ids: readonly string[], statuses: readonly string[] = PUBLIC_NEED_STATUSES): Promise<NeedEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo()
      .createQueryBuilder('n')
      .where('n.id IN (:...ids)', { ids })
      .andWhere('n.status IN (:...statuses)', { statuses })
      .andWhere('n.hidden_at IS NULL')
      .getMany();
  }

  publicPage(after: string, limit: number): Promise<NeedEntity[]> {
    return this.repo()
      .createQueryBuilder('n')
      .where('n.id > :after', { after })
      .andWhere('n.status IN (:...statuses)', { statuses: PUBLIC_NEED_STATUSES })
      .andWhere('n.hidden_at IS NULL')
      .orderBy('n.id')
      .limit(limit)
      .getMany();
  }

  /** The ids of these groups' needs others could ever see (not drafts). */
  async nonDraftIdsOfGroups(groupIds: readonly string[], manager: EntityManager): Promise<string[]> {
    if (groupIds.length === 0) return [];
    const rows = await manager.getRepository(NeedEntity).find({
      select: { id: true },
      where: { groupId: In([...groupIds]), status: Not('DRAFT') },
    });
    return rows.map((r) => r.id);
  }

  /** Needs open for offers on `today` as SQL can tell (the group's standing aside): see open-needs. */
  openOn(today: string): Promise<NeedEntity[]> {
    return this.repo()
      .createQueryBuilder('n')
      .where('n.status IN (:...statuses)', { statuses: OPEN_NEED_STATUSES })
      .andWhere('n.hidden_at IS NULL')
      .andWhere('(n.deadline IS NULL OR n.deadline >= :today)', { today })
      .getMany();
  }

  /** What a person wrote (their personal-data export). */
  async writtenBy(userId: string): Promise<unknown[]> {
    return this.dataSource.query(
      `SELECT id, group_id, title, description, ward, place, status, created_at FROM need WHERE created_by = $1 ORDER BY created_at`,
      [userId],
    );
  }
}
