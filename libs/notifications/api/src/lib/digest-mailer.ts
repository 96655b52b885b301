import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PeopleDirectory } from '@tsunagu/accounts/api';
import { enqueueMail } from '@tsunagu/mail/api';
import { APP_CONFIG, type AppConfig, JobQueue, translate } from '@tsunagu/shared/api-core';
import { NotificationRepository } from './notification.repository';
import { mailSettingFooter } from './notifier';
import { notificationMailTexts as mail } from './texts/notification-mail.messages';

/** The digest goes out once a day at this hour, Japan time. */
const DIGEST_HOUR_JST = 8;
export const DIGEST_JOB = 'notifications.digest';

/** The latest 08:00 in Japan at or before `now`. */
export function lastDigestTime(now: Date): Date {
  const jst = new Date(now.getTime() + 9 * 3_600_000);
  const cutoff = Date.UTC(jst.getUTCFullYear(), jst.getUTCMonth(), jst.getUTCDate(), DIGEST_HOUR_JST) - 9 * 3_600_000;
  return new Date(cutoff <= now.getTime() ? cutoff : cutoff - 86_400_000);
}

/**
 * For people who chose one mail a day: at 08:00 JST (a job on the queue, Japan's clock; also
 * once when the workers start, for a morning the app was down), one mail listing every
 * notification not yet mailed. The mail is queued and the notifications marked in one
 * transaction, so each is mailed exactly once however often it runs, even with several app
 * processes (rows are locked, SKIP LOCKED).
 */
@Injectable()
export class DigestMailer implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly people: PeopleDirectory,
    private readonly notifications: NotificationRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      name: DIGEST_JOB,
      schedule: `0 ${DIGEST_HOUR_JST} * * *`,
      policy: 'singleton',
      handle: async () => {
        await this.sendDue(new Date());
      },
      onWorkersStart: async () => {
        await this.jobs.send(DIGEST_JOB, {});
      },
    });
  }

  /** Queues the digests due at `now`; returns how many digests were queued. */
  async sendDue(now: Date): Promise<number> {
    const cutoff = lastDigestTime(now);
    const users = await this.people.withMailPreference(await this.notifications.unmailedRecipients(cutoff), 'DAILY');
    let queued = 0;
    for (const userId of users) {
      const sent = await this.dataSource.transaction(async (manager) => {
        const [person] = await this.people.contacts([userId], manager);
        if (person?.notifyByMail !== 'DAILY') return false;
        const items = await this.notifications.lockUnmailed(manager, userId, cutoff);
        if (items.length === 0) return false;
        const lines = items.map((item) => `・${item.title}\n  ${this.config.publicUrl}${item.link}`).join('\n');
        await enqueueMail(manager, {
          to: person.email,
          subject: translate(mail.digestSubject, { count: items.length }, 'ja'),
          text:
            `${translate(mail.greeting, { name: person.displayName }, 'ja')}\n\n${translate(mail.digestLead, {}, 'ja')}` +
            `\n\n${lines}\n\n${mailSettingFooter(this.config.publicUrl)}\n`,
        });
        await this.notifications.markMailed(
          manager,
          items.map((item) => item.id),
        );
        return true;
      });
      if (sent) queued += 1;
    }
    return queued;
  }
}
