import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DevMailboxController } from './dev-mailbox.controller';
import { MailDeliveryWorker } from './mail-delivery.worker';
import { MailOutboxEntity } from './mail-outbox.entity';

export const MAIL_ENTITIES = [MailOutboxEntity];

@Global()
@Module({
  imports: [TypeOrmModule.forFeature(MAIL_ENTITIES)],
  controllers: [DevMailboxController],
  providers: [MailDeliveryWorker],
  exports: [MailDeliveryWorker],
})
export class MailModule {}
