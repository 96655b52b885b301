import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationEntity } from './notification.entity';

/** Every query on the notification table. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async add(
    manager: EntityManager,
    row: Pick<
      NotificationEntity,
      'userId' | 'kind' | 'title' | 'body' | 'link' | 'mailedAt' | 'messageKey' | 'messageParams'
    >,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO notification (user_id, kind, title, body, link, mailed_at, message_key, message_params)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [row.userId, row.kind, row.title, row.body, row.link, row.mailedAt, row.messageKey, row.messageParams],
    );
  }

  latest(userId: string, limit: number): Promise<NotificationEntity[]> {
    return this.dataSource
      .getRepository(NotificationEntity)
      .find({ where: { userId }, order: { createdAt: 'DESC' }, take: limit });
  }

  async unreadCount(userId: string): Promise<number> {
    const [{ count }]: Array<{ count: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM notification WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return count;
  }

  /** Marks these (or, with null, all) unread notifications of the person read; how many. */
  async markRead(userId: string, ids: readonly string[] | null): Promise<number> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH marked AS (
         UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL
            AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[])) RETURNING id)
       SELECT id FROM marked`,
      [userId, ids],
    );
    return rows.length;
  }

  /** The people with notifications not mailed yet, created before `cutoff`. */
  async unmailedRecipients(cutoff: Date): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT user_id FROM notification WHERE mailed_at IS NULL AND created_at < $1`,
      [cutoff],
    );
    return rows.map((r) => r.user_id);
  }

  /** A person's unmailed notifications before `cutoff`, locked (others' runs skip them), oldest first. */
  lockUnmailed(
    manager: EntityManager,
    userId: string,
    cutoff: Date,
  ): Promise<Array<Pick<NotificationEntity, 'id' | 'title' | 'link'>>> {
    return manager.query(
      `SELECT id, title, link FROM notification
        WHERE user_id = $1 AND mailed_at IS NULL AND created_at < $2
        ORDER BY created_at FOR UPDATE SKIP LOCKED`,
      [userId, cutoff],
    );
  }

  async markMailed(manager: EntityManager, ids: readonly string[]): Promise<void> {
    await manager.query(`UPDATE notification SET mailed_at = now() WHERE id = ANY($1::uuid[])`, [[...ids]]);
  }

  /** Everything a person was told (their personal-data export). */
  of(userId: string): Promise<unknown[]> {
    return this.dataSource.query(
      `SELECT title, body, created_at, read_at FROM notification WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
  }
}
