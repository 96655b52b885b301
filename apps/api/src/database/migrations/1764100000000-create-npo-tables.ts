import type { MigrationInterface, QueryRunner } from 'typeorm';

/** NPOs from the open data, the record of each import, and the outbox that feeds the search index. */
export class CreateNpoTables1764100000000 implements MigrationInterface {
  name = 'CreateNpoTables1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE npo (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        corporate_number varchar(13),
        corporate_number_valid boolean NOT NULL DEFAULT true,
        name text NOT NULL,
        name_kana text,
        jurisdiction text NOT NULL,
        delegated_municipality text,
        prefecture text,
        city text,
        ward text,
        address text,
        postal_code text,
        other_offices text,
        representative text,
        representative_kana text,
        authorized_on date,
        established_on date,
        purpose text,
        programmes text,
        other_business text,
        fields smallint[] NOT NULL DEFAULT '{}',
        certification_kind text CHECK (certification_kind IN ('CERTIFIED', 'SPECIAL_CERTIFIED')),
        certification_start_on date,
        certification_end_on date,
        certification_revoked_on date,
        supervision text,
        dissolution text,
        dissolved_on date,
        portal_url text,
        fiscal_year_start text,
        fiscal_year_end text,
        status text NOT NULL CHECK (status IN ('ACTIVE', 'DISSOLVED', 'NOT_IN_LATEST_DATA')),
        source_hash text NOT NULL,
        last_import_run_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX npo_corporate_number_key ON npo (corporate_number) WHERE corporate_number IS NOT NULL`,
    );
    await q.query(`CREATE INDEX npo_jurisdiction_name_idx ON npo (jurisdiction, name)`);
    await q.query(`
      CREATE TABLE npo_import_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'REFUSED', 'FAILED')),
        source text NOT NULL CHECK (source IN ('CLI', 'UPLOAD', 'DEMO')),
        started_by text NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        file_name text NOT NULL,
        file_sha256 text,
        file_bytes bigint NOT NULL DEFAULT 0,
        processed_rows integer NOT NULL DEFAULT 0,
        inserted integer NOT NULL DEFAULT 0,
        updated integer NOT NULL DEFAULT 0,
        unchanged integer NOT NULL DEFAULT 0,
        rejected integer NOT NULL DEFAULT 0,
        marked_not_in_latest integer NOT NULL DEFAULT 0,
        message text,
        rejections jsonb NOT NULL DEFAULT '[]'
      )`);
    await q.query(`CREATE INDEX npo_import_run_started_at_idx ON npo_import_run (started_at DESC)`);
    await q.query(`
      CREATE TABLE search_outbox (
        id bigserial PRIMARY KEY,
        index_name text NOT NULL,
        document_id text NOT NULL,
        enqueued_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_outbox`);
    await q.query(`DROP TABLE npo_import_run`);
    await q.query(`DROP TABLE npo`);
  }
}
