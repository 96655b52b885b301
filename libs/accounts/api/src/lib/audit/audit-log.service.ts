import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { AuditLogEntity } from '../entities/audit-log.entity';

export interface AuditEntry {
  readonly actorUserId: string | null;
  readonly action: string;
  readonly targetType?: string;
  readonly targetId?: string;
  readonly detail?: Record<string, string | number | boolean | null>;
}

@Injectable()
export class AuditLogService {
  constructor(@InjectRepository(AuditLogEntity) private readonly log: Repository<AuditLogEntity>) {}

  /** Records in the caller's transaction when given one, so the entry stands or falls with the act. */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const row = {
      actorUserId: entry.actorUserId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      detail: entry.detail ?? {},
    };
    if (manager) await manager.insert(AuditLogEntity, row);
    else await this.log.insert(row);
  }

  recent(limit: number): Promise<AuditLogEntity[]> {
    return this.log.find({ order: { at: 'DESC' }, take: Math.min(Math.max(limit, 1), 200) });
  }
}
