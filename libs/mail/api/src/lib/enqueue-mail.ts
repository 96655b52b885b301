import type { EntityManager } from 'typeorm';
import { requestJobAfterCommit } from '@tsunagu/shared/api-core';
import { MailOutboxRepository } from './mail-outbox.repository';

/** The job that sends the mail outbox. */
export const MAIL_DELIVERY_JOB = 'mail-delivery';

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Queues a mail in the caller's transaction: it goes out only if that transaction commits. */
export async function enqueueMail(manager: EntityManager, mail: OutgoingMail): Promise<void> {
  await MailOutboxRepository.insert(manager, mail);
  requestJobAfterCommit(manager, MAIL_DELIVERY_JOB);
}
