import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Records which demo-data steps have run, so each feature's seed runs once per DATA_DIR. */
export class CreateDemoSeed1764000000000 implements MigrationInterface {
  name = 'CreateDemoSeed1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE demo_seed (
        name text PRIMARY KEY,
        seeded_at timestamptz NOT NULL DEFAULT now(),
        summary jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE demo_seed');
  }
}
