import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { HelpKindId } from '@tsunagu/shared/util';
import type { NeedStatusValue } from '../entities/need.entity';

/** A need of the past, with when each thing happened (the demo's year of needs). */
export interface PastNeed {
  groupId: string;
  title: string;
  description: string;
  fields: readonly number[];
  helpKind: HelpKindId;
  ward: string;
  status: NeedStatusValue;
  publishedAt: Date;
  deadline: string;
  closedAt: Date | null;
  offers: ReadonlyArray<{
    npoId: string;
    message: string;
    status: 'ACCEPTED' | 'DECLINED';
    createdAt: Date;
    decidedAt: Date;
  }>;
}

/**
 * Writes needs and their offers with the dates they had: the demo's year, so that the city's
 * figures show something true to life. Only the demo seed calls this; the service's own writes
 * always stamp "now".
 */
@Injectable()
export class NeedHistorySeeding {
  async insert(manager: EntityManager, needs: readonly PastNeed[]): Promise<string[]> {
    const ids: string[] = [];
    for (const n of needs) {
      const [{ id }] = await manager.query(
        `INSERT INTO need (group_id, title, description, fields, help_kind, ward, status, deadline,
                           created_at, updated_at, published_at, closed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $9, $10) RETURNING id`,
        [
          n.groupId,
          n.title,
          n.description,
          n.fields,
          n.helpKind,
          n.ward,
          n.status,
          n.deadline,
          n.publishedAt,
          n.closedAt,
        ],
      );
      for (const o of n.offers) {
        await manager.query(
          `INSERT INTO offer (need_id, npo_id, message, status, created_at, decided_at) VALUES ($1, $2, $3, $4, $5, $6)`,
          [id, o.npoId, o.message, o.status, o.createdAt, o.decidedAt],
        );
      }
      ids.push(id);
    }
    return ids;
  }
}
