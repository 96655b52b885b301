import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailOutboxEntity } from './mail-outbox.entity';

export interface DueMail {
  readonly id: string;
  readonly to_address: string;
  readonly subject: string;
  readonly text_body: string;
  readonly attempts: number;
}

/** The mail_outbox table: mails waiting to be sent, sent ones, and their tries. */
@Injectable()
export class MailOutboxRepository {
  /** Static: other domains queue mails through the free `enqueueMail`, in their transaction. */
  static async insert(manager: EntityManager, mail: { to: string; subject: string; text: string }): Promise<void> {
    await manager.insert(MailOutboxEntity, { toAddress: mail.to, subject: mail.subject, textBody: mail.text });
  }

  /** The oldest due mail, locked for this transaction (one another sender holds is skipped). */
  async lockNextDue(manager: EntityManager, maxAttempts: number): Promise<DueMail | null> {
    const [mail] = await manager.query(
      `SELECT id, to_address, subject, text_body, attempts FROM mail_outbox
        WHERE sent_at IS NULL AND next_attempt_at <= now() AND attempts < $1
        ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [maxAttempts],
    );
    return (mail as DueMail | undefined) ?? null;
  }

  async markSent(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE mail_outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = $1`, [id]);
  }

  /** A failed try: the next one waits 2^attempts minutes (1, 2, 4 …). */
  async markFailed(manager: EntityManager, id: string, error: string): Promise<void> {
    await manager.query(
      `UPDATE mail_outbox SET attempts = attempts + 1, last_error = $2,
         next_attempt_at = now() + make_interval(mins => power(2, attempts)::int) WHERE id = $1`,
      [id, error.slice(0, 500)],
    );
  }
}
