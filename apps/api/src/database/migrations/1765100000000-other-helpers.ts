import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Helpers of other kinds (issue #17): companies, university groups and other organisations sit
 * in the `npo` table beside the NPOs, so members, offers, threads, the privacy rule and search
 * work for them exactly as for NPOs. Only NPO rows come from the open data (they alone carry a
 * 所轄庁 and a source hash, and only they are touched by the national import); how another
 * helper came in, and the staff's decision on it, is in `helper_record`. A helper that
 * registered itself waits as PENDING_REVIEW (hidden from search and matching) until staff verify
 * it; REFUSED ones stay hidden.
 */
export class OtherHelpers1765100000000 implements MigrationInterface {
  name = 'OtherHelpers1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE npo
        ADD COLUMN kind text NOT NULL DEFAULT 'NPO'
          CONSTRAINT npo_kind_check CHECK (kind IN ('NPO', 'COMPANY', 'UNIVERSITY', 'OTHER')),
        ALTER COLUMN jurisdiction DROP NOT NULL,
        ALTER COLUMN source_hash DROP NOT NULL,
        DROP CONSTRAINT npo_status_check,
        ADD CONSTRAINT npo_status_check
          CHECK (status IN ('ACTIVE', 'DISSOLVED', 'NOT_IN_LATEST_DATA', 'PENDING_REVIEW', 'REFUSED')),
        ADD CONSTRAINT npo_open_data_only_for_npos
          CHECK (kind <> 'NPO' OR (jurisdiction IS NOT NULL AND source_hash IS NOT NULL))`);
    await q.query(`CREATE INDEX npo_kind_idx ON npo (kind) WHERE kind <> 'NPO'`);
    await q.query(`
      ALTER TABLE npo_import_run
        ADD COLUMN dataset text NOT NULL DEFAULT 'NPO_OPEN_DATA'
          CONSTRAINT npo_import_run_dataset_check CHECK (dataset IN ('NPO_OPEN_DATA', 'HELPER_LIST'))`);
    await q.query(`
      CREATE TABLE helper_record (
        npo_id uuid PRIMARY KEY REFERENCES npo (id) ON DELETE CASCADE,
        source text NOT NULL CHECK (source IN ('REGISTRATION', 'STAFF', 'LIST_IMPORT')),
        corporate_number varchar(13),
        list_key text,
        registered_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        decided_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        decided_at timestamptz,
        refusal_reason text,
        import_run_id uuid REFERENCES npo_import_run (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX helper_record_corporate_number_key ON helper_record (corporate_number)
        WHERE corporate_number IS NOT NULL`,
    );
    await q.query(`CREATE UNIQUE INDEX helper_record_list_key ON helper_record (list_key) WHERE list_key IS NOT NULL`);
    // Every document gains `kind`: the index is brought up to date by the outbox worker.
    await q.query(`INSERT INTO search_outbox (index_name, document_id) SELECT 'npos', id::text FROM npo`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE helper_record`);
    await q.query(`ALTER TABLE npo_import_run DROP COLUMN dataset`);
    await q.query(`DELETE FROM npo WHERE kind <> 'NPO'`);
    await q.query(`
      ALTER TABLE npo
        DROP CONSTRAINT npo_open_data_only_for_npos,
        DROP CONSTRAINT npo_status_check,
        ADD CONSTRAINT npo_status_check CHECK (status IN ('ACTIVE', 'DISSOLVED', 'NOT_IN_LATEST_DATA')),
        ALTER COLUMN source_hash SET NOT NULL,
        ALTER COLUMN jurisdiction SET NOT NULL,
        DROP COLUMN kind`);
  }
}
