import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Language } from '@tsunagu/shared/api-core';
import type { AuditLogEntity } from '../entities/audit-log.entity';
import { GroupNamesRepository } from '../lookup/group-names.repository';
import { PeopleDirectory } from '../lookup/people-directory.repository';
import { NpoDirectoryPort } from '../npo-directory/npo-directory.port';
import { AuditLogRepository } from './audit-log.repository';
import { auditInWords, idsNamedBy } from './audit-words';

export interface AuditEntry {
  readonly actorUserId: string | null;
  readonly action: string;
  readonly targetType?: string;
  readonly targetId?: string;
  readonly detail?: Record<string, string | number | boolean | null>;
}

/** A logged entry with the sentence staff read and the name of who did it. */
export interface AuditEntryInWords extends AuditLogEntity {
  readonly summary: string;
  readonly actorName: string | null;
}

@Injectable()
export class AuditLogService {
  private readonly logger = new Logger(AuditLogService.name);

  constructor(
    private readonly log: AuditLogRepository,
    private readonly people: PeopleDirectory,
    private readonly groups: GroupNamesRepository,
    private readonly npos: NpoDirectoryPort,
  ) {}

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

  /** The latest entries, each said in words in `language`, the names looked up once for all of them. */
  async recentInWords(limit: number, language: Language): Promise<AuditEntryInWords[]> {
    const entries = await this.recent(limit);
    const ids = entries.map(idsNamedBy);
    const [people, groups, npos] = await Promise.all([
      this.people.displayNames(ids.flatMap((i) => i.people)),
      this.groups.byIds(ids.flatMap((i) => i.groups)),
      this.npoNames(ids.flatMap((i) => i.npos)),
    ]);
    const names = { people, groups: new Map([...groups].map(([id, g]) => [id, g.name])), npos };
    return entries.map((e) => ({
      ...e,
      summary: auditInWords(e, names, language),
      actorName: e.actorUserId ? (people.get(e.actorUserId) ?? null) : null,
    }));
  }

  /** NPO names, or none when no NPO directory is attached (a product without the npo domain). */
  private async npoNames(ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    try {
      return await this.npos.namesOf(ids);
    } catch (error) {
      this.logger.warn(`audit log without NPO names: ${(error as Error).message}`);
      return new Map();
    }
  }
}
