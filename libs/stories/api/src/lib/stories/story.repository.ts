import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { StoryEntity } from '../entities/story.entity';

/** LIKE's own characters in what a person typed are meant literally. */
const likePattern = (words: string) => `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Every query on the story table. */
@Injectable()
export class StoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(StoryEntity);
  }

  findById(id: string): Promise<StoryEntity | null> {
    return this.repo().findOneBy({ id });
  }

  findByNeed(needId: string): Promise<StoryEntity | null> {
    return this.repo().findOneBy({ needId });
  }

  /** The need's story, made empty when there is none yet, locked for the rest of the caller's transaction. */
  async lockOrCreateForNeed(
    manager: EntityManager,
    fields: Pick<StoryEntity, 'needId' | 'groupId' | 'helperId' | 'title'>,
  ): Promise<StoryEntity> {
    await manager.query(
      `INSERT INTO story (need_id, group_id, helper_id, title) VALUES ($1, $2, $3, $4) ON CONFLICT (need_id) DO NOTHING`,
      [fields.needId, fields.groupId, fields.helperId, fields.title],
    );
    const story = await manager.findOne(StoryEntity, {
      where: { needId: fields.needId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!story) throw new Error(`story of need ${fields.needId} vanished inside its transaction`);
    return story;
  }

  lock(id: string, manager: EntityManager): Promise<StoryEntity | null> {
    return manager.findOne(StoryEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  save(story: StoryEntity, manager: EntityManager): Promise<StoryEntity> {
    return this.repo(manager).save({ ...story, updatedAt: new Date() });
  }

  /** Published stories, newest first, those whose title or texts contain the words when given. */
  published(filter: { words?: string | null; helperId?: string; limit: number }): Promise<StoryEntity[]> {
    const query = this.repo()
      .createQueryBuilder('s')
      .where(`s.status = 'PUBLISHED'`)
      .orderBy('s.publishedAt', 'DESC')
      .addOrderBy('s.id')
      .limit(filter.limit);
    if (filter.helperId) query.andWhere('s.helperId = :helperId', { helperId: filter.helperId });
    if (filter.words) {
      query.andWhere(
        `(s.title ILIKE :p OR s.groupWhatHappened ILIKE :p OR s.groupWhatItTook ILIKE :p
          OR s.helperWhatHappened ILIKE :p OR s.helperWhatItTook ILIKE :p)`,
        { p: likePattern(filter.words) },
      );
    }
    return query.getMany();
  }

  /** What staff still have to decide on, oldest first (who waited longest). */
  awaitingModeration(): Promise<StoryEntity[]> {
    return this.repo().find({ where: { status: 'AWAITING_MODERATION' }, order: { updatedAt: 'ASC' } });
  }
}
