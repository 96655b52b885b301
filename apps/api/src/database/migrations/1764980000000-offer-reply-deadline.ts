import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Offers the group does not answer (issue #13, "never silence"): when the group was reminded,
 * and an offer that closed unanswered is EXPIRED with the reason the group and the NPO read —
 * NO_REPLY (the second deadline passed) or NEED_CLOSED (the group ended the need first).
 */
export class OfferReplyDeadline1764980000000 implements MigrationInterface {
  name = 'OfferReplyDeadline1764980000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE offer DROP CONSTRAINT offer_status_check`);
    await q.query(`
      ALTER TABLE offer
        ADD CONSTRAINT offer_status_check CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED')),
        ADD COLUMN reminded_at timestamptz,
        ADD COLUMN close_reason text CHECK (close_reason IN ('NO_REPLY', 'NEED_CLOSED')),
        ADD CONSTRAINT offer_close_reason_when_expired CHECK ((status = 'EXPIRED') = (close_reason IS NOT NULL))`);
    // The hourly pass reads only the offers still waiting, by age.
    await q.query(`CREATE INDEX offer_pending_idx ON offer (created_at) WHERE status = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX offer_pending_idx`);
    await q.query(`ALTER TABLE offer DROP CONSTRAINT offer_close_reason_when_expired`);
    await q.query(`UPDATE offer SET status = 'DECLINED' WHERE status = 'EXPIRED'`);
    await q.query(`ALTER TABLE offer DROP COLUMN close_reason, DROP COLUMN reminded_at`);
    await q.query(`ALTER TABLE offer DROP CONSTRAINT offer_status_check`);
    await q.query(
      `ALTER TABLE offer ADD CONSTRAINT offer_status_check CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'))`,
    );
  }
}
