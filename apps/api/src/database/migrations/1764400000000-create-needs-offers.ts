import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Needs posted by community groups, NPOs' offers and their message threads, in-app notifications. */
export class CreateNeedsOffers1764400000000 implements MigrationInterface {
  name = 'CreateNeedsOffers1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE need (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES community_group (id) ON DELETE CASCADE,
        created_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        template text,
        title text NOT NULL DEFAULT '',
        description text NOT NULL DEFAULT '',
        fields integer[] NOT NULL DEFAULT '{}',
        help_kind text NOT NULL DEFAULT 'VOLUNTEERS'
          CHECK (help_kind IN ('VOLUNTEERS', 'ADVICE', 'LECTURER', 'CO_ORGANISING', 'EQUIPMENT', 'OTHER')),
        ward text NOT NULL,
        place text,
        starts_on date,
        ends_on date,
        people_needed integer CHECK (people_needed IS NULL OR people_needed BETWEEN 1 AND 1000),
        honorarium text NOT NULL DEFAULT 'NONE' CHECK (honorarium IN ('NONE', 'EXPENSES', 'PAID')),
        deadline date,
        status text NOT NULL DEFAULT 'DRAFT'
          CHECK (status IN ('DRAFT', 'PUBLISHED', 'MATCHED', 'DONE', 'CANCELLED', 'EXPIRED')),
        report text,
        hidden_at timestamptz,
        hidden_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        hidden_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        closed_at timestamptz,
        CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX need_group_idx ON need (group_id, created_at DESC)`);
    await q.query(`CREATE INDEX need_open_idx ON need (status, deadline)`);
    await q.query(`
      CREATE TABLE offer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        need_id uuid NOT NULL REFERENCES need (id) ON DELETE CASCADE,
        npo_id uuid NOT NULL REFERENCES npo (id) ON DELETE CASCADE,
        created_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        message text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        decided_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        UNIQUE (need_id, npo_id)
      )`);
    await q.query(`CREATE INDEX offer_npo_idx ON offer (npo_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE offer_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
        sender_id uuid REFERENCES user_account (id) ON DELETE SET NULL,
        sender_side text NOT NULL CHECK (sender_side IN ('GROUP', 'NPO')),
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX offer_message_offer_idx ON offer_message (offer_id, created_at)`);
    await q.query(`
      CREATE TABLE offer_read (
        offer_id uuid NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (offer_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE need_invitation (
        need_id uuid NOT NULL REFERENCES need (id) ON DELETE CASCADE,
        npo_id uuid NOT NULL REFERENCES npo (id) ON DELETE CASCADE,
        invited_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (need_id, npo_id)
      )`);
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        link text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        mailed_at timestamptz
      )`);
    await q.query(`CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC)`);
    await q.query(`CREATE INDEX notification_unmailed_idx ON notification (user_id) WHERE mailed_at IS NULL`);
    await q.query(`
      ALTER TABLE user_account ADD COLUMN notify_by_mail text NOT NULL DEFAULT 'EACH'
        CHECK (notify_by_mail IN ('EACH', 'DAILY', 'OFF'))`);
    // Matching reads the city's active NPOs on every call.
    await q.query(`CREATE INDEX npo_city_status_idx ON npo (city, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX npo_city_status_idx`);
    await q.query(`ALTER TABLE user_account DROP COLUMN notify_by_mail`);
    for (const table of ['notification', 'need_invitation', 'offer_read', 'offer_message', 'offer', 'need']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
