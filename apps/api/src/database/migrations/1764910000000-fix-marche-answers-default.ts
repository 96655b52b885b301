import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An application's answers are a list (one text per question), but the column defaulted to `{}`,
 * an object: every application made without answers (the demo marché's exhibitors) broke the
 * staff's CSV and Excel exports. Default to an empty list and mend the rows already written.
 */
export class FixMarcheAnswersDefault1764910000000 implements MigrationInterface {
  name = 'FixMarcheAnswersDefault1764910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE marche_application ALTER COLUMN answers SET DEFAULT '[]'`);
    await q.query(`UPDATE marche_application SET answers = '[]' WHERE jsonb_typeof(answers) <> 'array'`);
    await q.query(
      `ALTER TABLE marche_application ADD CONSTRAINT marche_application_answers_list CHECK (jsonb_typeof(answers) = 'array')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE marche_application DROP CONSTRAINT marche_application_answers_list`);
    await q.query(`ALTER TABLE marche_application ALTER COLUMN answers SET DEFAULT '{}'`);
  }
}
