import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A data book's worker proves it is alive by writing heartbeat_at while it draws; a RUNNING book
 * whose heartbeat stopped belongs to a dead worker and is retried or failed (see DataBookJobs).
 * `attempt` numbers the tries, so that a late write from a dead try cannot touch a newer one;
 * `job_id` is the pg-boss job, which the recovery fails so that pg-boss retries it.
 */
export class AddDataBookHeartbeat1764910001000 implements MigrationInterface {
  name = 'AddDataBookHeartbeat1764910001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE data_book
        ADD COLUMN heartbeat_at timestamptz,
        ADD COLUMN attempt integer NOT NULL DEFAULT 0,
        ADD COLUMN job_id uuid`);
    await q.query(`CREATE INDEX data_book_running_idx ON data_book (heartbeat_at) WHERE status = 'RUNNING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX data_book_running_idx`);
    await q.query(`ALTER TABLE data_book DROP COLUMN heartbeat_at, DROP COLUMN attempt, DROP COLUMN job_id`);
  }
}
