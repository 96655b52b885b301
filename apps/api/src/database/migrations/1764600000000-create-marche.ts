import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Action! NPO Marché: events, their booth types, and NPOs' applications with the waitlist. */
export class CreateMarche1764600000000 implements MigrationInterface {
  name = 'CreateMarche1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE marche_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        event_date date NOT NULL,
        venue text NOT NULL,
        apply_from date NOT NULL,
        apply_until date NOT NULL,
        description text NOT NULL DEFAULT '',
        questions jsonb NOT NULL DEFAULT '[]',
        created_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (apply_until >= apply_from AND event_date >= apply_from)
      )`);
    await q.query(`
      CREATE TABLE marche_booth_type (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES marche_event (id) ON DELETE CASCADE,
        code text NOT NULL,
        name text NOT NULL,
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
        slot_minutes integer CHECK (slot_minutes IS NULL OR slot_minutes BETWEEN 5 AND 240),
        sort integer NOT NULL DEFAULT 0,
        UNIQUE (event_id, code)
      )`);
    await q.query(`
      CREATE TABLE marche_application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES marche_event (id) ON DELETE CASCADE,
        booth_type_id uuid NOT NULL REFERENCES marche_booth_type (id) ON DELETE CASCADE,
        npo_id uuid NOT NULL REFERENCES npo (id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL,
        staff_count integer NOT NULL DEFAULT 1 CHECK (staff_count BETWEEN 1 AND 50),
        needs_power boolean NOT NULL DEFAULT false,
        needs_water boolean NOT NULL DEFAULT false,
        tables integer NOT NULL DEFAULT 1 CHECK (tables BETWEEN 0 AND 10),
        wish_fields integer[] NOT NULL DEFAULT '{}',
        wish_text text,
        answers jsonb NOT NULL DEFAULT '{}',
        consent_publish boolean NOT NULL DEFAULT false,
        status text NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'WAITLISTED', 'REJECTED', 'WITHDRAWN')),
        waitlist_position integer CHECK ((status = 'WAITLISTED') = (waitlist_position IS NOT NULL)),
        review_reason text,
        created_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz
      )`);
    // One live application per NPO and event; positions on a waitlist never repeat.
    await q.query(
      `CREATE UNIQUE INDEX marche_application_one_per_npo ON marche_application (event_id, npo_id) WHERE status <> 'WITHDRAWN'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX marche_application_waitlist_position ON marche_application (booth_type_id, waitlist_position)
        WHERE status = 'WAITLISTED'`,
    );
    await q.query(`CREATE INDEX marche_application_type_status_idx ON marche_application (booth_type_id, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['marche_application', 'marche_booth_type', 'marche_event'])
      await q.query(`DROP TABLE ${table}`);
  }
}
