import type { MigrationInterface, QueryRunner } from 'typeorm';

/** NPOs that staff invited to a marché, and exhibitors community groups want to meet there. */
export class AddMarcheInvitationsWishes1764800000000 implements MigrationInterface {
  name = 'AddMarcheInvitationsWishes1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE marche_invitation (
        event_id uuid NOT NULL REFERENCES marche_event (id) ON DELETE CASCADE,
        npo_id uuid NOT NULL REFERENCES npo (id) ON DELETE CASCADE,
        invited_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, npo_id)
      )`);
    await q.query(`
      CREATE TABLE marche_meeting_wish (
        event_id uuid NOT NULL REFERENCES marche_event (id) ON DELETE CASCADE,
        npo_id uuid NOT NULL REFERENCES npo (id) ON DELETE CASCADE,
        group_id uuid NOT NULL REFERENCES community_group (id) ON DELETE CASCADE,
        created_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, npo_id, group_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE marche_meeting_wish`);
    await q.query(`DROP TABLE marche_invitation`);
  }
}
