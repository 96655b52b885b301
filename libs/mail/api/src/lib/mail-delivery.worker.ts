import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, JobQueue, installJobsAfterCommit } from '@tsunagu/shared/api-core';
import { MAIL_DELIVERY_JOB } from './enqueue-mail';
import { MailOutboxRepository } from './mail-outbox.repository';
import { type MailTransport, fileMailboxTransport, smtpTransport } from './mail-transport';

const MAX_ATTEMPTS = 10;

/**
 * Sends queued mails once each: a mail row is locked while it is sent and marked sent after;
 * a failure is retried later with back-off (1 min, 2, 4 … up to 10 attempts) and never lost.
 * It runs as the `mail-delivery` job: woken after each commit that queued a mail, at start-up,
 * and every minute (which also sends the mails whose back-off has passed).
 */
@Injectable()
export class MailDeliveryWorker implements OnModuleInit {
  private readonly logger = new Logger(MailDeliveryWorker.name);
  private readonly transport: MailTransport;
  /** this process's job run, if one is sending */
  private background: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: MailOutboxRepository,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.transport = config.smtpUrl
      ? smtpTransport(config.smtpUrl)
      : fileMailboxTransport(join(config.dataDir, 'mail'));
  }

  onModuleInit(): void {
    installJobsAfterCommit(this.dataSource, this.jobs);
    this.jobs.define({
      name: MAIL_DELIVERY_JOB,
      // At most one run waits; a dead worker's active run does not hold the next one back
      // (each mail is locked by its own transaction, gone with the dead connection).
      policy: 'short',
      pollingIntervalSeconds: 0.5,
      retryLimit: 0,
      schedule: '* * * * *',
      handle: async () => {
        this.background = this.sendDue().catch((error: unknown) =>
          this.logger.warn(`mail delivery postponed: ${(error as Error).message}`),
        );
        await this.background;
      },
      // Mails a stopped process left are sent as soon as this one starts.
      onWorkersStart: async () => {
        await this.jobs.send(MAIL_DELIVERY_JOB, {});
      },
    });
  }

  /**
   * Sends every mail that is due; returns how many went out. A mail this process's job is sending
   * at that moment is locked (skipped here): its try is awaited, so every due mail has been tried
   * when this returns (for the CLI and tests).
   */
  async deliverDue(): Promise<number> {
    const sent = await this.sendDue();
    await this.background;
    return sent;
  }

  private async sendDue(): Promise<number> {
    let sent = 0;
    for (;;) {
      const delivered = await this.dataSource.transaction(async (manager) => {
        const mail = await this.outbox.lockNextDue(manager, MAX_ATTEMPTS);
        if (!mail) return null;
        try {
          await this.transport.send({ id: mail.id, to: mail.to_address, subject: mail.subject, text: mail.text_body });
          await this.outbox.markSent(manager, mail.id);
          return true;
        } catch (error) {
          await this.outbox.markFailed(manager, mail.id, (error as Error).message);
          return false;
        }
      });
      if (delivered === null) return sent;
      if (delivered) sent++;
    }
  }
}
