import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, JOB_WORKERS } from '@tsunagu/shared/api-core';
import type { DataBookOptions } from './databook-options';
import { DataBookService } from './databook.service';

const QUEUE = 'databook';
/** The periodic look for books whose worker died (a pg-boss schedule, so one run per minute in all). */
const RECOVERY_QUEUE = 'databook-recovery';
const UUID = /^[0-9a-f-]{36}$/i;

/** How often a drawing worker says it is alive, and how long a silence means it is dead. */
const HEARTBEAT_MS = 5_000;
export const STALE_AFTER_SECONDS = 30;
/**
 * pg-boss's own limit on one try. A whole-city book is drawn in well under a minute; the
 * heartbeat finds a dead worker much sooner, this only stops a hung one that still beats.
 */
const EXPIRE_IN_SECONDS = 600;
/** A book is tried twice in all: a second death (or error) is a real problem, not bad luck. */
const RETRY_LIMIT = 1;

export const INTERRUPTED_MESSAGE =
  'データブックを作っている途中で処理が止まりました。お手数ですが、もう一度作ってください。';

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

/**
 * Data books are made in the background through a PostgreSQL-backed queue (pg-boss): a request
 * survives a restart, is retried when it fails, and any app process (or another machine on the
 * same database) may take it. The job is queued in the same transaction as its row.
 */
@Injectable()
export class DataBookJobs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DataBookJobs.name);
  private boss: PgBoss | undefined;
  private started: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly books: DataBookService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOB_WORKERS) private readonly workers: boolean,
  ) {}

  get directory(): string {
    return join(this.config.dataDir, 'databooks');
  }

  onApplicationBootstrap(): void {
    // CLI commands neither take nor queue data books: no queue connections for them.
    if (!this.dataSource.isInitialized || !this.workers) return;
    this.started = this.startQueue().catch((error: unknown) => {
      this.logger.error(`the data book queue did not start: ${(error as Error).message}`);
      throw error;
    });
    this.started.catch(() => undefined);
  }

  private async startQueue(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    const boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 3, application_name: 'tsunagu-jobs' });
    this.boss = boss;
    boss.on('error', (error) => this.logger.warn(`job queue: ${error.message}`));
    await boss.start();
    const queue = { name: QUEUE, retryLimit: RETRY_LIMIT, retryDelay: 2, expireInSeconds: EXPIRE_IN_SECONDS };
    await boss.createQueue(QUEUE, queue);
    // updateQueue too: createQueue leaves an existing queue's options as they were.
    await boss.updateQueue(QUEUE, queue);
    await boss.createQueue(RECOVERY_QUEUE, { name: RECOVERY_QUEUE, retryLimit: 0, expireInSeconds: 60 });
    await boss.work<{ id: string }>(QUEUE, { pollingIntervalSeconds: 1, includeMetadata: true }, async ([job]) =>
      this.make(job.data.id, job),
    );
    await boss.work(RECOVERY_QUEUE, { pollingIntervalSeconds: 2 }, async () => this.recoverStale());
    await boss.schedule(RECOVERY_QUEUE, '* * * * *', {}, { tz: 'Asia/Tokyo' });
    // At start-up: books left by a worker that died before this process started are picked up
    // at once when their heartbeat is already old, or as soon as it is (a delayed check).
    await this.recoverStale();
    const [next] = await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM min(heartbeat_at) + make_interval(secs => $1) - now()))::int AS seconds
         FROM data_book WHERE status = 'RUNNING'`,
      [STALE_AFTER_SECONDS],
    );
    if (next?.seconds !== null && next?.seconds !== undefined)
      await boss.send(RECOVERY_QUEUE, {}, { startAfter: Math.max(1, Number(next.seconds) + 1) });
  }

  /**
   * RUNNING books whose worker has stopped beating: the pg-boss job is failed, so pg-boss retries
   * it when a try is left (the book shows QUEUED again, its progress kept); else the book FAILED
   * with a plain message. The UPDATE claims each book, so two processes never both act on it.
   */
  async recoverStale(): Promise<number> {
    const boss = this.boss;
    if (!boss) return 0;
    // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
    const [stale] = (await this.dataSource.query(
      `UPDATE data_book SET status = 'QUEUED', heartbeat_at = NULL
        WHERE status = 'RUNNING' AND (heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => $1))
        RETURNING id, job_id`,
      [STALE_AFTER_SECONDS],
    )) as [Array<{ id: string; job_id: string | null }>];
    for (const book of stale) {
      const job = book.job_id ? await boss.getJobById(QUEUE, book.job_id) : null;
      if (job && job.state === 'active') await boss.fail(QUEUE, job.id, { message: 'the worker stopped beating' });
      const after = job ? await boss.getJobById(QUEUE, job.id) : null;
      const retried = after !== null && ['created', 'retry'].includes(after.state);
      if (!retried) {
        await this.dataSource.query(
          `UPDATE data_book SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1 AND status = 'QUEUED'`,
          [book.id, INTERRUPTED_MESSAGE],
        );
      }
      this.logger.warn(`data book ${book.id}: its worker died; ${retried ? 'retrying' : 'failed'}`);
    }
    return stale.length;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.started?.catch(() => undefined);
    await this.boss?.stop({ graceful: true, wait: true, timeout: 20_000 });
  }

  /** Records the request and queues it, both or neither. */
  async request(options: DataBookOptions, userId: string | null): Promise<string> {
    await this.started;
    const boss = this.boss;
    if (!boss) throw new Error('the job queue is not running');
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(`INSERT INTO data_book (options, requested_by) VALUES ($1, $2) RETURNING id`, [
        options,
        userId,
      ]);
      await boss.send(QUEUE, { id: row.id }, { db: inTransaction(manager) });
      return row.id as string;
    });
  }

  async get(id: string): Promise<DataBookRow | null> {
    if (!UUID.test(id)) return null;
    const [row] = await this.dataSource.query(`SELECT * FROM data_book WHERE id = $1`, [id]);
    return (row as DataBookRow | undefined) ?? null;
  }

  async list(limit = 30): Promise<DataBookRow[]> {
    return this.dataSource.query(`SELECT * FROM data_book ORDER BY created_at DESC LIMIT $1`, [limit]);
  }

  /**
   * The worker's side: draws the book into DATA_DIR/databooks, reporting progress as it goes.
   * Each try takes a new attempt number; every write of a try names it, so a try that was given
   * up for dead (and may still write late) cannot touch the book any more. The visible progress
   * only grows: a retry draws from the start, and the bar waits where it was until it passes it.
   */
  private async make(id: string, job: PgBoss.JobWithMetadata<{ id: string }>): Promise<void> {
    const [[started]] = (await this.dataSource.query(
      `UPDATE data_book SET status = 'RUNNING', started_at = COALESCE(started_at, now()), heartbeat_at = now(),
              attempt = attempt + 1, job_id = $2, error = NULL
        WHERE id = $1 AND status IN ('QUEUED', 'RUNNING') RETURNING attempt, options`,
      [id, job.id],
    )) as [[{ attempt: number; options: DataBookOptions }?]];
    if (!started) return;
    const { attempt, options } = started;
    let reported = 0;
    let beat = Date.now();
    try {
      await mkdir(this.directory, { recursive: true });
      const fileName = `${id}.pdf`;
      const result = await this.books.generate(options, join(this.directory, fileName), (share) => {
        // A write every 5 % is plenty for a progress bar; one every few seconds says "alive".
        if (share - reported < 0.05 && Date.now() - beat < HEARTBEAT_MS) return;
        reported = Math.max(reported, share);
        beat = Date.now();
        void this.dataSource
          .query(
            `UPDATE data_book SET progress = GREATEST(progress, $2), heartbeat_at = now()
              WHERE id = $1 AND attempt = $3 AND status = 'RUNNING'`,
            [id, Math.min(share, 0.99), attempt],
          )
          .catch(() => undefined);
      });
      await this.dataSource.query(
        `UPDATE data_book SET status = 'DONE', progress = 1, npo_count = $2, pages = $3, bytes = $4, file_name = $5,
                finished_at = now() WHERE id = $1 AND attempt = $6 AND status = 'RUNNING'`,
        [id, result.npos, result.pages, result.bytes, fileName, attempt],
      );
    } catch (error) {
      // pg-boss retries the job when a try is left: the book waits (QUEUED) rather than flashing FAILED.
      const willRetry = job.retryCount < job.retryLimit;
      await this.dataSource.query(
        `UPDATE data_book SET status = $2, error = $3, finished_at = CASE WHEN $2 = 'FAILED' THEN now() END
          WHERE id = $1 AND attempt = $4 AND status = 'RUNNING'`,
        [id, willRetry ? 'QUEUED' : 'FAILED', (error as Error).message.slice(0, 500), attempt],
      );
      throw error;
    }
  }
}

function inTransaction(manager: EntityManager): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: await manager.query(text, values) }) };
}
