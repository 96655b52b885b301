import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PeopleDirectory } from '@tsunagu/accounts/api';
import { enqueueMail } from '@tsunagu/mail/api';
import { APP_CONFIG, type AppConfig, translate } from '@tsunagu/shared/api-core';
import { NotificationRepository } from './notification.repository';
import { notificationMailTexts as mail } from './texts/notification-mail.messages';

/** Where a person chooses how often they are mailed: the 「お知らせ」 page, which every mail links to. */
export const MAIL_SETTING_PATH = '/notifications';

/**
 * The line under every notification mail. Mails are Japanese: people keep no language with their
 * account, and the stored notice they repeat is Japanese.
 */
export function mailSettingFooter(publicUrl: string): string {
  return translate(mail.settingFooter, { url: `${publicUrl}${MAIL_SETTING_PATH}` }, 'ja');
}

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
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly people: PeopleDirectory,
    private readonly notifications: NotificationRepository,
  ) {}

  async notify(manager: EntityManager, userIds: readonly string[], draft: NotificationDraft): Promise<void> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return;
    for (const person of await this.people.contacts(unique, manager)) {
      const mailNow = person.notifyByMail === 'EACH';
      await this.notifications.add(manager, {
        userId: person.id,
        kind: draft.kind,
        title: draft.title,
        body: draft.body,
        link: draft.link,
        mailedAt: mailNow ? new Date() : null,
      });
      if (mailNow) {
        await enqueueMail(manager, {
          to: person.email,
          subject: translate(mail.subject, { title: draft.title }, 'ja'),
          text:
            `${translate(mail.greeting, { name: person.displayName }, 'ja')}\n\n${draft.body}\n\n` +
            `${this.config.publicUrl}${draft.link}\n\n${mailSettingFooter(this.config.publicUrl)}\n`,
        });
      }
    }
  }
}
