import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The city as the bridge to NPOs that have no account yet: a group's requests for an NPO, the
 * contacts staff hold, the invitation letters they print, the one-time claim codes those
 * letters carry, and the NPOs' confirmations of their data-book entry.
 */
export class CityAsBridge1764970000000 implements MigrationInterface {
  name = 'CityAsBridge1764970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE introduction_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        need_id uuid NOT NULL REFERENCES need (id) ON DELETE CASCADE,
        npo_id uuid NOT NULL REFERENCES npo (id) ON DELETE CASCADE,
        requested_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        route text NOT NULL CHECK (route IN ('MEMBERS', 'CITY')),
        status text NOT NULL DEFAULT 'WAITING'
          CHECK (status IN ('WAITING', 'FORWARDED', 'ANSWERED', 'NO_REPLY', 'CLOSED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        forwarded_at timestamptz,
        forwarded_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        forwarded_how text CHECK (forwarded_how IN ('MEMBERS', 'LETTER', 'MAIL', 'PHONE')),
        reminded_at timestamptz,
        answered_at timestamptz,
        closed_at timestamptz,
        close_reason text CHECK (close_reason IN ('NO_REPLY', 'DECLINED', 'NEED_CLOSED')),
        close_note text,
        UNIQUE (need_id, npo_id)
      )`);
    await q.query(`CREATE INDEX introduction_request_npo_idx ON introduction_request (npo_id, created_at)`);
    await q.query(`CREATE INDEX introduction_request_open_idx ON introduction_request (status, created_at)
      WHERE status IN ('WAITING', 'FORWARDED')`);

    await q.query(`
      CREATE TABLE npo_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        npo_id uuid NOT NULL REFERENCES npo (id) ON DELETE CASCADE,
        phone text,
        email text,
        contact_person text,
        source text NOT NULL CHECK (source IN ('FILING', 'PHONE', 'VISIT', 'MAIL', 'OTHER')),
        source_note text,
        noted_on date NOT NULL,
        recorded_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz,
        CHECK (phone IS NOT NULL OR email IS NOT NULL OR contact_person IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX npo_contact_npo_idx ON npo_contact (npo_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE invitation_letter_job (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requested_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        progress integer NOT NULL DEFAULT 0,
        selection jsonb NOT NULL,
        npo_ids uuid[] NOT NULL,
        include_entry boolean NOT NULL DEFAULT false,
        send_mail boolean NOT NULL DEFAULT true,
        letters integer NOT NULL DEFAULT 0,
        mailed integer NOT NULL DEFAULT 0,
        file_path text,
        bytes integer,
        error text,
        attempt integer NOT NULL DEFAULT 0,
        heartbeat_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);

    await q.query(`
      CREATE TABLE npo_claim_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        npo_id uuid NOT NULL REFERENCES npo (id) ON DELETE CASCADE,
        code_hash text NOT NULL UNIQUE,
        letter_job_id uuid REFERENCES invitation_letter_job (id) ON DELETE SET NULL,
        issued_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        used_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX npo_claim_code_npo_idx ON npo_claim_code (npo_id, created_at)`);

    await q.query(`
      CREATE TABLE npo_entry_confirmation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        npo_id uuid NOT NULL REFERENCES npo (id) ON DELETE CASCADE,
        confirmed_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        outcome text NOT NULL CHECK (outcome IN ('CONFIRMED', 'CORRECTED')),
        note text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX npo_entry_confirmation_npo_idx ON npo_entry_confirmation (npo_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE npo_entry_confirmation`);
    await q.query(`DROP TABLE npo_claim_code`);
    await q.query(`DROP TABLE invitation_letter_job`);
    await q.query(`DROP TABLE npo_contact`);
    await q.query(`DROP TABLE introduction_request`);
  }
}
