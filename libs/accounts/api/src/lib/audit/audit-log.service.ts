import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditLogEntity } from '../entities/audit-log.entity';
import { AuditLogRepository } from './audit-log.repository';

export interface AuditEntry {
  readonly actorUserId: string | null;
  readonly action: string;
  readonly targetType?: string;
  readonly targetId?: string;
  readonly detail?: Record<string, string | number | boolean | null>;
}

@Injectable()
export class AuditLogService {
  constructor(private readonly log: AuditLogRepository) {}

  /** Records in the caller's transaction when given one, so the entry stands or falls with the act. */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const row = {
      actorUserId: entry.actorUserId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      detail: entry.detail ?? {},
    };
    await this.log.insert(row, manager);
  }

  recent(limit: number): Promise<AuditLogEntity[]> {
    return this.log.latest(Math.min(Math.max(limit, 1), 200));
  }
}
