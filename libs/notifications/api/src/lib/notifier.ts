import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { enqueueMail } from '@tsunagu/mail/api';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';

export interface NotificationDraft {
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  /** path in the web client */
  readonly link: string;
}

/**
 * Tells people about something in the same transaction as the thing itself: the in-app
 * notification and (for those who chose a mail per notification) the mail in the outbox both
 * commit or roll back with it, so a mail is never lost and never sent for something undone.
 * People who chose the daily digest get it from the DigestMailer; 'OFF' means in-app only.
 */
@Injectable()
export class Notifier {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async notify(manager: EntityManager, userIds: readonly string[], draft: NotificationDraft): Promise<void> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return;
    const people: Array<{ id: string; email: string; display_name: string; notify_by_mail: string }> =
      await manager.query(
        `SELECT id, email, display_name, notify_by_mail FROM user_account WHERE id = ANY($1::uuid[])`,
        [unique],
      );
    for (const person of people) {
      const mailNow = person.notify_by_mail === 'EACH';
      await manager.query(
        `INSERT INTO notification (user_id, kind, title, body, link, mailed_at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [person.id, draft.kind, draft.title, draft.body, draft.link, mailNow ? new Date() : null],
      );
      if (mailNow) {
        await enqueueMail(manager, {
          to: person.email,
          subject: `【つなぐ】${draft.title}`,
          text:
            `${person.display_name} 様\n\n${draft.body}\n\n${this.config.publicUrl}${draft.link}\n\n` +
            `お知らせのメールは「マイページ」で、1日1回のまとめ、または送らない、に変えられます。`,
        });
      }
    }
  }
}
