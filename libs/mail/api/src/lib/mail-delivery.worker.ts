import { join } from 'node:path';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import { type MailTransport, fileMailboxTransport, smtpTransport } from './mail-transport';

const MAX_ATTEMPTS = 10;

/**
 * Sends queued mails once each: a mail row is locked while it is sent and marked sent after;
 * a failure is retried later with back-off (1 min, 2, 4 … up to 10 attempts) and never lost.
 */
@Injectable()
export class MailDeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MailDeliveryWorker.name);
  private readonly transport: MailTransport;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private busy: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.transport = config.smtpUrl
      ? smtpTransport(config.smtpUrl)
      : fileMailboxTransport(join(config.dataDir, 'mail'));
  }

  onApplicationBootstrap(): void {
    if (!this.dataSource.isInitialized) return;
    this.running = true;
    const tick = () => {
      this.busy = this.deliverDue()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.warn(`mail delivery postponed: ${(error as Error).message}`))
        .finally(() => {
          if (this.running) this.timer = setTimeout(tick, 1_000);
        });
    };
    tick();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.busy;
  }

  /** Sends every mail that is due; returns how many went out. */
  async deliverDue(): Promise<number> {
    let sent = 0;
    for (;;) {
      const delivered = await this.dataSource.transaction(async (manager) => {
        const [mail] = await manager.query(
          `SELECT id, to_address, subject, text_body, attempts FROM mail_outbox
            WHERE sent_at IS NULL AND next_attempt_at <= now() AND attempts < $1
            ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [MAX_ATTEMPTS],
        );
        if (!mail) return null;
        try {
          await this.transport.send({ id: mail.id, to: mail.to_address, subject: mail.subject, text: mail.text_body });
          await manager.query(`UPDATE mail_outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = $1`, [
            mail.id,
          ]);
          return true;
        } catch (error) {
          await manager.query(
            `UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2,
               next_attempt_at = now() + make_interval(mins => power(2, attempts)::int) WHERE id = $1`,
            [mail.id, (error as Error).message.slice(0, 500)],
          );
          return false;
        }
      });
      if (delivered === null) return sent;
      if (delivered) sent++;
    }
  }
}
