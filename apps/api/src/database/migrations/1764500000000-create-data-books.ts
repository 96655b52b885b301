import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated data books: the staff's request, its progress, and the kept PDF. */
export class CreateDataBooks1764500000000 implements MigrationInterface {
  name = 'CreateDataBooks1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE data_book (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        options jsonb NOT NULL,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        progress real NOT NULL DEFAULT 0,
        npo_count integer,
        pages integer,
        bytes bigint,
        file_name text,
        error text,
        requested_by uuid REFERENCES user_account (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX data_book_created_idx ON data_book (created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE data_book`);
  }
}
