import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PeopleDirectory } from '@tsunagu/accounts/api';
import { enqueueMail } from '@tsunagu/mail/api';
import { APP_CONFIG, type AppConfig, translate } from '@tsunagu/shared/api-core';
import { NotificationRepository } from './notification.repository';
import { notificationMailTexts as mail } from './texts/notification-mail.messages';
import { renderNotice, storedParams } from './texts/notice-rendering';
import { NOTICES, type NoticeKey, type NoticeParams } from './texts/notices';

/** Where a person chooses how often they are mailed: the 「お知らせ」 page, which every mail links to. */
export const MAIL_SETTING_PATH = '/notifications';

/**
 * The line under every notification mail. Mails are Japanese: people keep no language with their
 * account, and the stored notice they repeat is Japanese.
 */
export function mailSettingFooter(publicUrl: string): string {
  return translate(mail.settingFooter, { url: `${publicUrl}${MAIL_SETTING_PATH}` }, 'ja');
}

/** A notification to send: which notice of the catalogue, its values, and where it leads. */
export interface NotificationDraft<K extends NoticeKey> {
  readonly notice: K;
  readonly params: NoticeParams<K>;
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

  async notify<K extends NoticeKey>(
    manager: EntityManager,
    userIds: readonly string[],
    draft: NotificationDraft<K>,
  ): Promise<void> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return;
    const messageParams = storedParams(draft.notice, draft.params);
    // The Japanese is kept on the row too (mails, searching the database); readers get it from the key.
    const japanese = renderNotice(draft.notice, messageParams, 'ja');
    if (!japanese) throw new Error(`notice ${draft.notice}: a value is not of its kind`);
    const { title, body } = japanese;
    for (const person of await this.people.contacts(unique, manager)) {
      const mailNow = person.notifyByMail === 'EACH';
      await this.notifications.add(manager, {
        userId: person.id,
        kind: NOTICES[draft.notice].kind,
        title,
        body,
        link: draft.link,
        mailedAt: mailNow ? new Date() : null,
        messageKey: draft.notice,
        messageParams: { ...messageParams },
      });
      if (mailNow) {
        await enqueueMail(manager, {
          to: person.email,
          subject: translate(mail.subject, { title }, 'ja'),
          text:
            `${translate(mail.greeting, { name: person.displayName }, 'ja')}\n\n${body}\n\n` +
            `${this.config.publicUrl}${draft.link}\n\n${mailSettingFooter(this.config.publicUrl)}\n`,
        });
      }
    }
  }
}
