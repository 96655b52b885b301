import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notification keeps the catalogue key of its wording and the values put into it, so each
 * reader reads it in their own language from the one catalogue. The Japanese text stays stored
 * beside them (for mails, for searching the database, and for rows written before this).
 */
export class NotificationMessageKey1765120000000 implements MigrationInterface {
  name = 'NotificationMessageKey1765120000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification ADD COLUMN message_key text NULL, ADD COLUMN message_params jsonb NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP COLUMN message_params, DROP COLUMN message_key`);
  }
}
