import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@tsunagu/accounts/api';
import { DigestMailer } from './digest-mailer';
import { NotificationEntity } from './notification.entity';
import { NotificationResolver } from './notification.resolver';
import { Notifier } from './notifier';

export const NOTIFICATIONS_ENTITIES = [NotificationEntity];

/** What a person should know about: the bell, the mails it sends, the daily digest. Needs and the marché use it. */
@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATIONS_ENTITIES), AccountsModule],
  providers: [Notifier, DigestMailer, NotificationResolver],
  exports: [Notifier, DigestMailer],
})
export class NotificationsModule {}
