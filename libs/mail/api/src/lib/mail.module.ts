import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DevMailboxController } from './dev-mailbox.controller';
import { MailDeliveryWorker } from './mail-delivery.worker';
import { MailOutboxEntity } from './mail-outbox.entity';
import { MailOutboxRepository } from './mail-outbox.repository';

export const MAIL_ENTITIES = [MailOutboxEntity];

@Global()
@Module({
  imports: [TypeOrmModule.forFeature(MAIL_ENTITIES)],
  controllers: [DevMailboxController],
  providers: [MailOutboxRepository, MailDeliveryWorker],
  exports: [MailDeliveryWorker],
})
export class MailModule {}
