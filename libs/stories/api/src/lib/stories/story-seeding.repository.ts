import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** One side of a story as the demo tells it. */
export interface SeedStorySide {
  readonly whatHappened: string;
  readonly whatItTook: string | null;
  readonly writtenBy: string | null;
}

/** A story that both sides consented to and staff published, written by the demo seeder. */
export interface SeedStory {
  readonly needId: string;
  readonly groupId: string;
  readonly helperId: string;
  readonly title: string;
  readonly group: SeedStorySide;
  readonly helper: SeedStorySide;
  readonly moderatedBy: string | null;
}

/** Writes demo stories in the seeder's transaction; a need that has a story keeps it. */
@Injectable()
export class StorySeeding {
  async insertPublished(manager: EntityManager, s: SeedStory): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO story (need_id, group_id, helper_id, title,
         group_what_happened, group_what_it_took, group_written_by, group_consented_at,
         helper_what_happened, helper_what_it_took, helper_written_by, helper_consented_at,
         status, moderated_by, moderated_at, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now(), $8, $9, $10, now(), 'PUBLISHED', $11, now(), now())
       ON CONFLICT (need_id) DO NOTHING RETURNING id`,
      [
        s.needId,
        s.groupId,
        s.helperId,
        s.title,
        s.group.whatHappened,
        s.group.whatItTook,
        s.group.writtenBy,
        s.helper.whatHappened,
        s.helper.whatItTook,
        s.helper.writtenBy,
        s.moderatedBy,
      ],
    );
    return rows.length > 0;
  }
}
