import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A running import's heartbeat: a run whose importer died is seen as FAILED without a restart. */
export class AddImportRunHeartbeat1764900000000 implements MigrationInterface {
  name = 'AddImportRunHeartbeat1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE npo_import_run ADD COLUMN heartbeat_at timestamptz NOT NULL DEFAULT now()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE npo_import_run DROP COLUMN heartbeat_at`);
  }
}
