import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The city's own support schemes (issue #17): まちづくり専門家派遣, マンション管理士派遣 … kept by staff,
 * shown on /schemes and beside a need's suggestions when one fits. `concepts` (civic-thesaurus ids)
 * and `fields` (activity fields 1–20) are what matching compares; `keywords` are staff's extra
 * words so that a scheme is found by them too. A retired scheme is kept (`active` false), never deleted.
 */
export class SupportSchemes1765110000000 implements MigrationInterface {
  name = 'SupportSchemes1765110000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE support_scheme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        summary text NOT NULL,
        eligibility text NOT NULL,
        how_to_apply text NOT NULL,
        office_name text NOT NULL,
        office_phone text NOT NULL,
        office_url text,
        keywords text,
        concepts text[] NOT NULL DEFAULT '{}',
        fields smallint[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES user_account (id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX support_scheme_name_idx ON support_scheme (name)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE support_scheme`);
  }
}
