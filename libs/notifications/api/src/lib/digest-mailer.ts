import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { enqueueMail } from '@tsunagu/mail/api';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';

/** The digest goes out once a day at this hour, Japan time. */
const DIGEST_HOUR_JST = 8;
const CHECK_EVERY_MS = 60_000;

/** The latest 08:00 in Japan at or before `now`. */
export function lastDigestTime(now: Date): Date {
  const jst = new Date(now.getTime() + 9 * 3_600_000);
  const cutoff = Date.UTC(jst.getUTCFullYear(), jst.getUTCMonth(), jst.getUTCDate(), DIGEST_HOUR_JST) - 9 * 3_600_000;
  return new Date(cutoff <= now.getTime() ? cutoff : cutoff - 86_400_000);
}

/**
 * For people who chose one mail a day: at 08:00 JST, one mail listing every notification not
 * yet mailed. The mail is queued and the notifications marked in one transaction, so each is
 * mailed exactly once even with several app processes (rows are locked, SKIP LOCKED).
 */
@Injectable()
export class DigestMailer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DigestMailer.name);
  private timer: NodeJS.Timeout | undefined;
  private busy: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.dataSource.isInitialized) return;
    this.timer = setInterval(() => {
      this.busy = this.sendDue(new Date()).catch((error: unknown) =>
        this.logger.warn(`digest postponed: ${(error as Error).message}`),
      );
    }, CHECK_EVERY_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.busy;
  }

  /** Queues the digests due at `now`; returns how many digests were queued. */
  async sendDue(now: Date): Promise<number> {
    const cutoff = lastDigestTime(now);
    const users: Array<{ id: string }> = await this.dataSource.query(
      `SELECT DISTINCT n.user_id AS id FROM notification n JOIN user_account u ON u.id = n.user_id
        WHERE n.mailed_at IS NULL AND n.created_at < $1 AND u.notify_by_mail = 'DAILY'`,
      [cutoff],
    );
    let queued = 0;
    for (const user of users) {
      const sent = await this.dataSource.transaction(async (manager) => {
        const items: Array<{ id: string; title: string; link: string; email: string; display_name: string }> =
          await manager.query(
            `SELECT n.id, n.title, n.link, u.email, u.display_name
               FROM notification n JOIN user_account u ON u.id = n.user_id
              WHERE n.user_id = $1 AND n.mailed_at IS NULL AND n.created_at < $2 AND u.notify_by_mail = 'DAILY'
              ORDER BY n.created_at FOR UPDATE OF n SKIP LOCKED`,
            [user.id, cutoff],
          );
        if (items.length === 0) return false;
        const lines = items.map((item) => `・${item.title}\n  ${this.config.publicUrl}${item.link}`).join('\n');
        await enqueueMail(manager, {
          to: items[0].email,
          subject: `【つなぐ】今日のお知らせ（${items.length}件）`,
          text: `${items[0].display_name} 様\n\nつなぐからのお知らせです。\n\n${lines}\n`,
        });
        await manager.query(`UPDATE notification SET mailed_at = now() WHERE id = ANY($1::uuid[])`, [
          items.map((item) => item.id),
        ]);
        return true;
      });
      if (sent) queued += 1;
    }
    return queued;
  }
}
