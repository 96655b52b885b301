import type { EntityManager } from 'typeorm';
import { MailOutboxEntity } from './mail-outbox.entity';

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Queues a mail in the caller's transaction: it goes out only if that transaction commits. */
export async function enqueueMail(manager: EntityManager, mail: OutgoingMail): Promise<void> {
  await manager.insert(MailOutboxEntity, { toAddress: mail.to, subject: mail.subject, textBody: mail.text });
}
