import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The venue as a grid, and which booth each accepted exhibitor has. */
export class AddMarcheLayout1764700000000 implements MigrationInterface {
  name = 'AddMarcheLayout1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE marche_event ADD COLUMN layout jsonb`);
    await q.query(`ALTER TABLE marche_application ADD COLUMN booth_cell text`);
    await q.query(
      `CREATE UNIQUE INDEX marche_application_one_per_booth ON marche_application (event_id, booth_cell) WHERE booth_cell IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX marche_application_one_per_booth`);
    await q.query(`ALTER TABLE marche_application DROP COLUMN booth_cell`);
    await q.query(`ALTER TABLE marche_event DROP COLUMN layout`);
  }
}
