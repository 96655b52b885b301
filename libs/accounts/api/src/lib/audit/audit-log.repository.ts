import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogEntity } from '../entities/audit-log.entity';

/** The SQL of `audit_log`: written once, never changed. */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    row: Pick<AuditLogEntity, 'actorUserId' | 'action' | 'targetType' | 'targetId' | 'detail'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.insert(AuditLogEntity, row);
  }

  latest(take: number): Promise<AuditLogEntity[]> {
    return this.dataSource.manager.find(AuditLogEntity, { order: { at: 'DESC' }, take });
  }
}
