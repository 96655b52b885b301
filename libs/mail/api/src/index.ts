export * from './lib/mail.module';
export * from './lib/mail-outbox.entity';
export * from './lib/enqueue-mail';
export * from './lib/mail-delivery.worker';
export * from './lib/mail-outbox.repository';
