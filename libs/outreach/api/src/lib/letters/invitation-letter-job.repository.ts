import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { LetterJobStatusValue } from '../entities/invitation-letter-job.entity';

export interface LetterJobRow {
  id: string;
  requested_by: string | null;
  status: LetterJobStatusValue;
  progress: number;
  selection: Record<string, unknown>;
  npo_ids: string[];
  include_entry: boolean;
  send_mail: boolean;
  letters: number;
  mailed: number;
  file_path: string | null;
  bytes: number | null;
  error: string | null;
  attempt: number;
  heartbeat_at: Date | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

export interface NewLetterJob {
  readonly requestedBy: string;
  readonly selection: Record<string, unknown>;
  readonly npoIds: readonly string[];
  readonly includeEntry: boolean;
  readonly sendMail: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The invitation_letter_job table: one row per print run, its progress, and which try may
 * write it (`attempt`: a try given up for dead cannot touch the run any more).
 */
@Injectable()
export class InvitationLetterJobRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, job: NewLetterJob): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO invitation_letter_job (requested_by, selection, npo_ids, include_entry, send_mail)
       VALUES ($1, $2, $3::uuid[], $4, $5) RETURNING id`,
      [job.requestedBy, job.selection, job.npoIds, job.includeEntry, job.sendMail],
    );
    return row.id as string;
  }

  async get(id: string): Promise<LetterJobRow | null> {
    if (!UUID.test(id)) return null;
    const [row] = await this.dataSource.query(`SELECT * FROM invitation_letter_job WHERE id = $1`, [id]);
    return (row as LetterJobRow | undefined) ?? null;
  }

  list(limit: number): Promise<LetterJobRow[]> {
    return this.dataSource.query(`SELECT * FROM invitation_letter_job ORDER BY created_at DESC, id LIMIT $1`, [limit]);
  }

  /** A new try takes a QUEUED run (only one try ever does): its attempt number, or null. */
  async start(id: string): Promise<LetterJobRow | null> {
    const [[started]] = (await this.dataSource.query(
      `UPDATE invitation_letter_job
          SET status = 'RUNNING', started_at = COALESCE(started_at, now()), heartbeat_at = now(),
              attempt = attempt + 1, error = NULL
        WHERE id = $1 AND status = 'QUEUED' RETURNING *`,
      [id],
    )) as [[LetterJobRow?]];
    return started ?? null;
  }

  /** Progress (0–100) only grows; it doubles as the try's heartbeat. */
  async beat(id: string, attempt: number, progress: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE invitation_letter_job SET progress = GREATEST(progress, $2), heartbeat_at = now()
        WHERE id = $1 AND attempt = $3 AND status = 'RUNNING'`,
      [id, progress, attempt],
    );
  }

  /** The run is done: in the letters' transaction, so codes, mails and the row commit together. */
  async finish(
    manager: EntityManager,
    id: string,
    attempt: number,
    result: { letters: number; mailed: number; filePath: string; bytes: number },
  ): Promise<boolean> {
    const [, affected] = (await manager.query(
      `UPDATE invitation_letter_job
          SET status = 'DONE', progress = 100, letters = $3, mailed = $4, file_path = $5, bytes = $6,
              heartbeat_at = now(), finished_at = now()
        WHERE id = $1 AND attempt = $2 AND status = 'RUNNING'`,
      [id, attempt, result.letters, result.mailed, result.filePath, result.bytes],
    )) as [unknown, number];
    return affected === 1;
  }

  /** A try failed: the run waits for its retry (QUEUED, queued in the same transaction) or has FAILED. */
  async failTry(
    manager: EntityManager,
    id: string,
    attempt: number,
    status: 'QUEUED' | 'FAILED',
    error: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE invitation_letter_job
          SET status = $2, error = $3, heartbeat_at = NULL, finished_at = CASE WHEN $2 = 'FAILED' THEN now() END
        WHERE id = $1 AND attempt = $4 AND status = 'RUNNING'`,
      [id, status, error.slice(0, 500), attempt],
    );
  }

  /**
   * RUNNING runs silent for longer than this: those with a try left go back to QUEUED, the others
   * FAIL with the message. One UPDATE, so two processes never both act on a run; in the caller's
   * transaction, which also queues the retries (both or neither).
   */
  async claimStale(
    manager: EntityManager,
    staleAfterSeconds: number,
    maxAttempts: number,
    message: string,
  ): Promise<Array<{ id: string; status: LetterJobStatusValue }>> {
    const [rows] = (await manager.query(
      `UPDATE invitation_letter_job
          SET status = CASE WHEN attempt < $2 THEN 'QUEUED' ELSE 'FAILED' END,
              error = CASE WHEN attempt < $2 THEN NULL ELSE $3 END,
              finished_at = CASE WHEN attempt < $2 THEN NULL ELSE now() END,
              heartbeat_at = NULL
        WHERE status = 'RUNNING' AND (heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => $1))
        RETURNING id, status`,
      [staleAfterSeconds, maxAttempts, message],
    )) as [Array<{ id: string; status: LetterJobStatusValue }>];
    return rows;
  }
}
