import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@tsunagu/accounts/api';
import { DigestMailer } from './digest-mailer';
import { NotificationEntity } from './notification.entity';
import { NotificationRepository } from './notification.repository';
import { NotificationResolver } from './notification.resolver';
import { NotificationsPersonalData } from './notifications-personal-data';
import { Notifier } from './notifier';

export const NOTIFICATIONS_ENTITIES = [NotificationEntity];

/** What a person should know about: the bell, the mails it sends, the daily digest. Needs and the marché use it. */
@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATIONS_ENTITIES), AccountsModule],
  providers: [NotificationRepository, Notifier, DigestMailer, NotificationResolver, NotificationsPersonalData],
  exports: [Notifier, DigestMailer],
})
export class NotificationsModule {}
