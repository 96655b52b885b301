export * from './lib/notifications.module';
export * from './lib/notification.entity';
export * from './lib/notifier';
export * from './lib/digest-mailer';
export * from './lib/notification.repository';
export type { NoticeKey, NoticeParams, NoticePhrase } from './lib/texts/notices';
