import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Good examples (好事例, issue #18): one story per finished need, told from both sides. Each side
 * keeps its own text and its own consent, so neither party can publish the other's words; staff
 * moderate only once both consented. A refusal keeps its reason for the two parties to read.
 */
export class Stories1765210000000 implements MigrationInterface {
  name = 'Stories1765210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE story (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        need_id uuid NOT NULL REFERENCES need (id) ON DELETE CASCADE,
        group_id uuid NOT NULL REFERENCES community_group (id) ON DELETE CASCADE,
        helper_id uuid NOT NULL REFERENCES npo (id) ON DELETE CASCADE,
        title text NOT NULL,
        group_what_happened text,
        group_what_it_took text,
        group_photo_path text,
        group_written_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        group_consented_at timestamptz,
        helper_what_happened text,
        helper_what_it_took text,
        helper_photo_path text,
        helper_written_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        helper_consented_at timestamptz,
        status text NOT NULL DEFAULT 'DRAFT',
        refusal_reason text,
        moderated_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        moderated_at timestamptz,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT story_status_check CHECK (status IN ('DRAFT', 'AWAITING_MODERATION', 'PUBLISHED', 'REFUSED')),
        CONSTRAINT story_refusal_reason_check CHECK ((status = 'REFUSED') = (refusal_reason IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX story_need_idx ON story (need_id)`);
    await q.query(`CREATE INDEX story_published_idx ON story (published_at DESC) WHERE status = 'PUBLISHED'`);
    await q.query(`CREATE INDEX story_helper_idx ON story (helper_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE story`);
  }
}
