import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Assisted mode (issue #15): groups whose officer is not online, looked after by the staff of a
 * 市民センター with the officer's recorded consent; family members or neighbours as delegates; a
 * one-time code with which the officer takes the group over; replies that came by phone or on
 * paper. What a proxy entered is marked on the need, the offer's answer and the message
 * (`entered_by_proxy`: who acted, as the other side is told).
 */
export class AssistedMode1765000000000 implements MigrationInterface {
  name = 'AssistedMode1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE community_group
        ADD COLUMN assisted boolean NOT NULL DEFAULT false,
        ADD COLUMN centre_id uuid REFERENCES community_group (id) ON DELETE SET NULL,
        ADD COLUMN postal_address text,
        ADD CONSTRAINT community_group_assisted_has_centre CHECK (NOT assisted OR centre_id IS NOT NULL)`);
    await q.query(`CREATE INDEX community_group_centre_idx ON community_group (centre_id) WHERE centre_id IS NOT NULL`);

    // Staff of one 市民センター (a community_group of kind SHIMIN_CENTER), assigned by city staff.
    await q.query(`
      CREATE TABLE centre_staff (
        centre_id uuid NOT NULL REFERENCES community_group (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        assigned_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (centre_id, user_id)
      )`);
    await q.query(`CREATE INDEX centre_staff_user_idx ON centre_staff (user_id)`);

    await q.query(`
      CREATE TABLE group_delegate (
        group_id uuid NOT NULL REFERENCES community_group (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        added_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        relation text NOT NULL CHECK (relation IN ('FAMILY', 'NEIGHBOUR', 'OTHER')),
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (group_id, user_id)
      )`);
    await q.query(`CREATE INDEX group_delegate_user_idx ON group_delegate (user_id)`);

    await q.query(`
      CREATE TABLE assisted_consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES community_group (id) ON DELETE CASCADE,
        officer_name text NOT NULL,
        method text NOT NULL CHECK (method IN ('PAPER_FORM', 'PHONE', 'IN_PERSON')),
        consented_on date NOT NULL,
        taken_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        text_version text NOT NULL,
        note text,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX assisted_consent_group_idx ON assisted_consent (group_id, recorded_at)`);

    await q.query(`
      CREATE TABLE group_takeover_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES community_group (id) ON DELETE CASCADE,
        code_hash text NOT NULL UNIQUE,
        issued_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        used_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        revoked_at timestamptz
      )`);

    await q.query(`ALTER TABLE need ADD COLUMN entered_by_proxy jsonb`);
    await q.query(`ALTER TABLE offer ADD COLUMN answered_by_proxy jsonb`);
    await q.query(`ALTER TABLE offer_message ADD COLUMN entered_by_proxy jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE offer_message DROP COLUMN entered_by_proxy`);
    await q.query(`ALTER TABLE offer DROP COLUMN answered_by_proxy`);
    await q.query(`ALTER TABLE need DROP COLUMN entered_by_proxy`);
    await q.query(`DROP TABLE group_takeover_code`);
    await q.query(`DROP TABLE assisted_consent`);
    await q.query(`DROP TABLE group_delegate`);
    await q.query(`DROP TABLE centre_staff`);
    await q.query(`DROP INDEX community_group_centre_idx`);
    await q.query(`
      ALTER TABLE community_group
        DROP CONSTRAINT community_group_assisted_has_centre,
        DROP COLUMN postal_address,
        DROP COLUMN centre_id,
        DROP COLUMN assisted`);
  }
}
