import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CommunityGroupEntity } from '../entities/community-group.entity';

/** The SQL of `community_group`. */
@Injectable()
export class CommunityGroupRepository {
  constructor(private readonly dataSource: DataSource) {}

  create(fields: Partial<CommunityGroupEntity>, manager: EntityManager): Promise<CommunityGroupEntity> {
    return manager.save(manager.create(CommunityGroupEntity, fields));
  }

  async save(group: CommunityGroupEntity, manager: EntityManager): Promise<void> {
    await manager.save(group);
  }

  findById(id: string): Promise<CommunityGroupEntity | null> {
    return this.dataSource.manager.findOne(CommunityGroupEntity, { where: { id } });
  }

  findByIdOrFail(id: string): Promise<CommunityGroupEntity> {
    return this.dataSource.manager.findOneOrFail(CommunityGroupEntity, { where: { id } });
  }

  /** The group, locked until the caller's transaction ends. */
  lockForDecision(id: string, manager: EntityManager): Promise<CommunityGroupEntity | null> {
    return manager.findOne(CommunityGroupEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findByIds(ids: readonly string[]): Promise<CommunityGroupEntity[]> {
    return this.dataSource.manager.find(CommunityGroupEntity, {
      where: { id: In([...ids]) },
      order: { createdAt: 'ASC' },
    });
  }

  findPending(): Promise<CommunityGroupEntity[]> {
    return this.dataSource.manager.find(CommunityGroupEntity, {
      where: { status: 'PENDING' },
      order: { createdAt: 'ASC' },
    });
  }

  /** Erases the contact details of the groups this person alone belongs to (the person is leaving). */
  async clearContactsKeptOnlyBy(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE community_group g SET representative_name = NULL, contact_phone = NULL, contact_email = NULL
        WHERE g.id IN (SELECT group_id FROM group_member WHERE user_id = $1)
          AND NOT EXISTS (SELECT 1 FROM group_member o WHERE o.group_id = g.id AND o.user_id <> $1)`,
      [userId],
    );
  }

  /** The 市民センター, by ward and name (the desk's and the assignment form's choice). */
  centres(): Promise<CommunityGroupEntity[]> {
    return this.dataSource.manager.find(CommunityGroupEntity, {
      where: { kind: 'SHIMIN_CENTER', status: 'VERIFIED' },
      order: { ward: 'ASC', name: 'ASC' },
    });
  }

  /** The groups a centre looks after (assisted now, or taken over by their officer since). */
  ofCentre(centreId: string): Promise<CommunityGroupEntity[]> {
    return this.dataSource.manager.find(CommunityGroupEntity, {
      where: { centreId },
      order: { assisted: 'DESC', name: 'ASC' },
    });
  }
}
