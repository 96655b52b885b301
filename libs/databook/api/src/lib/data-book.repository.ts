import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { DataBookOptions } from './databook-options';

export type DataBookStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

export interface DataBookRow {
  id: string;
  options: DataBookOptions;
  status: DataBookStatus;
  progress: number;
  npo_count: number | null;
  pages: number | null;
  bytes: string | null;
  file_name: string | null;
  error: string | null;
  created_at: Date;
  finished_at: Date | null;
  heartbeat_at: Date | null;
  attempt: number;
}

const UUID = /^[0-9a-f-]{36}$/i;

/**
 * The data_book table: one row per requested book, its progress, and which try of its job may
 * write it (`attempt`: a try given up for dead cannot touch the book any more).
 */
@Injectable()
export class DataBookRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, options: DataBookOptions, userId: string | null): Promise<string> {
    const [row] = await manager.query(`INSERT INTO data_book (options, requested_by) VALUES ($1, $2) RETURNING id`, [
      options,
      userId,
    ]);
    return row.id as string;
  }

  async get(id: string): Promise<DataBookRow | null> {
    if (!UUID.test(id)) return null;
    const [row] = await this.dataSource.query(`SELECT * FROM data_book WHERE id = $1`, [id]);
    return (row as DataBookRow | undefined) ?? null;
  }

  list(limit: number): Promise<DataBookRow[]> {
    return this.dataSource.query(`SELECT * FROM data_book ORDER BY created_at DESC LIMIT $1`, [limit]);
  }

  /** Claims the RUNNING books silent for longer than this (back to QUEUED): two processes never both do. */
  async claimStale(staleAfterSeconds: number): Promise<Array<{ id: string; job_id: string | null }>> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
    const [stale] = (await this.dataSource.query(
      `UPDATE data_book SET status = 'QUEUED', heartbeat_at = NULL
        WHERE status = 'RUNNING' AND (heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => $1))
        RETURNING id, job_id`,
      [staleAfterSeconds],
    )) as [Array<{ id: string; job_id: string | null }>];
    return stale;
  }

  async failClaimed(id: string, message: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE data_book SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1 AND status = 'QUEUED'`,
      [id, message],
    );
  }

  /** Seconds until the first RUNNING book's heartbeat is stale (null: none runs). */
  async secondsUntilStale(staleAfterSeconds: number): Promise<number | null> {
    const [next] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM min(heartbeat_at) + make_interval(secs => $1) - now()))::int AS seconds
         FROM data_book WHERE status = 'RUNNING'`,
      [staleAfterSeconds],
    );
    return next?.seconds === null || next?.seconds === undefined ? null : Number(next.seconds);
  }

  /** A new try takes the book: returns its attempt number and options (null: nothing to do). */
  async start(id: string, jobId: string): Promise<{ attempt: number; options: DataBookOptions } | null> {
    const [[started]] = (await this.dataSource.query(
      `UPDATE data_book SET status = 'RUNNING', started_at = COALESCE(started_at, now()), heartbeat_at = now(),
              attempt = attempt + 1, job_id = $2, error = NULL
        WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING attempt, options`,
      [id, jobId],
    )) as [[{ attempt: number; options: DataBookOptions }?]];
    return started ?? null;
  }

  /** Progress only grows; it doubles as the try's heartbeat. */
  async beat(id: string, attempt: number, share: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE data_book SET progress = GREATEST(progress, $2), heartbeat_at = now()
        WHERE id = $1 AND attempt = $3 AND status = 'RUNNING'`,
      [id, share, attempt],
    );
  }

  async finish(
    id: string,
    attempt: number,
    result: { npos: number; pages: number; bytes: number; fileName: string },
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE data_book SET status = 'DONE', progress = 1, npo_count = $2, pages = $3, bytes = $4, file_name = $5,
              finished_at = now() WHERE id = $1 AND attempt = $6 AND status = 'RUNNING'`,
      [id, result.npos, result.pages, result.bytes, result.fileName, attempt],
    );
  }

  /** A try failed: the book waits for the retry (QUEUED) or has FAILED. */
  async failTry(id: string, attempt: number, status: 'QUEUED' | 'FAILED', error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE data_book SET status = $2, error = $3, finished_at = CASE WHEN $2 = 'FAILED' THEN now() END
        WHERE id = $1 AND attempt = $4 AND status = 'RUNNING'`,
      [id, status, error.slice(0, 500), attempt],
    );
  }
}
