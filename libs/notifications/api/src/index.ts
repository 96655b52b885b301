export * from './lib/notifications.module';
export * from './lib/notification.entity';
export * from './lib/notifier';
export * from './lib/digest-mailer';
