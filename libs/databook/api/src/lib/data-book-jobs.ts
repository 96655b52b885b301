import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, JobQueue } from '@tsunagu/shared/api-core';
import { type DataBookRow, DataBookRepository } from './data-book.repository';
import type { DataBookOptions } from './databook-options';
import { DataBookService } from './databook.service';

export type { DataBookRow, DataBookStatus } from './data-book.repository';

const QUEUE = 'databook';
/** The periodic look for books whose worker died (a schedule, so one run per minute in all). */
const RECOVERY_QUEUE = 'databook-recovery';

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

/**
 * Data books are made in the background on the shared job queue (pg-boss): a request survives a
 * restart, is retried when it fails, and any app process (or another machine on the same
 * database) may take it. The job is queued in the same transaction as its row.
 */
@Injectable()
export class DataBookJobs implements OnModuleInit {
  private readonly logger = new Logger(DataBookJobs.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly books: DataBookService,
    private readonly rows: DataBookRepository,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get directory(): string {
    return join(this.config.dataDir, 'databooks');
  }

  onModuleInit(): void {
    this.jobs.define<{ id: string }>({
      name: QUEUE,
      retryLimit: RETRY_LIMIT,
      retryDelaySeconds: 2,
      expireInSeconds: EXPIRE_IN_SECONDS,
      pollingIntervalSeconds: 1,
      handle: (data, job) => this.make(data.id, job),
      onWorkersStart: () => this.recoverAtStart(),
    });
    this.jobs.define({
      name: RECOVERY_QUEUE,
      retryLimit: 0,
      expireInSeconds: 60,
      schedule: '* * * * *',
      handle: async () => {
        await this.recoverStale();
      },
    });
  }

  /**
   * At start-up: books left by a worker that died before this process started are picked up at
   * once when their heartbeat is already old, or as soon as it is (a delayed check).
   */
  private async recoverAtStart(): Promise<void> {
    await this.recoverStale();
    const seconds = await this.rows.secondsUntilStale(STALE_AFTER_SECONDS);
    if (seconds !== null) await this.jobs.send(RECOVERY_QUEUE, {}, { startAfterSeconds: Math.max(1, seconds + 1) });
  }

  /**
   * RUNNING books whose worker has stopped beating: the pg-boss job is failed, so pg-boss retries
   * it when a try is left (the book shows QUEUED again, its progress kept); else the book FAILED
   * with a plain message. The claim is one UPDATE, so two processes never both act on a book.
   */
  async recoverStale(): Promise<number> {
    // Only where jobs run: a process without workers leaves this to theirs.
    if (!this.jobs.workers) return 0;
    const boss = await this.jobs.queue();
    const stale = await this.rows.claimStale(STALE_AFTER_SECONDS);
    for (const book of stale) {
      const job = book.job_id ? await boss.getJobById(QUEUE, book.job_id) : null;
      if (job && job.state === 'active') await boss.fail(QUEUE, job.id, { message: 'the worker stopped beating' });
      const after = job ? await boss.getJobById(QUEUE, job.id) : null;
      const retried = after !== null && ['created', 'retry'].includes(after.state);
      if (!retried) await this.rows.failClaimed(book.id, INTERRUPTED_MESSAGE);
      this.logger.warn(`data book ${book.id}: its worker died; ${retried ? 'retrying' : 'failed'}`);
    }
    return stale.length;
  }

  /** Records the request and queues it, both or neither. */
  async request(options: DataBookOptions, userId: string | null): Promise<string> {
    const id = await this.dataSource.transaction(async (manager) => {
      const id = await this.rows.insert(manager, options, userId);
      await this.jobs.send(QUEUE, { id }, { db: manager });
      return id;
    });
    this.jobs.wake(QUEUE);
    return id;
  }

  get(id: string): Promise<DataBookRow | null> {
    return this.rows.get(id);
  }

  list(limit = 30): Promise<DataBookRow[]> {
    return this.rows.list(limit);
  }

  /**
   * The worker's side: draws the book into DATA_DIR/databooks, reporting progress as it goes.
   * Each try takes a new attempt number; every write of a try names it, so a try that was given
   * up for dead (and may still write late) cannot touch the book any more. The visible progress
   * only grows: a retry draws from the start, and the bar waits where it was until it passes it.
   */
  private async make(id: string, job: { id: string; retryCount: number; retryLimit: number }): Promise<void> {
    const started = await this.rows.start(id, job.id);
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
        void this.rows.beat(id, attempt, Math.min(share, 0.99)).catch(() => undefined);
      });
      await this.rows.finish(id, attempt, { ...result, fileName });
    } catch (error) {
      // pg-boss retries the job when a try is left: the book waits (QUEUED) rather than flashing FAILED.
      const willRetry = job.retryCount < job.retryLimit;
      await this.rows.failTry(id, attempt, willRetry ? 'QUEUED' : 'FAILED', (error as Error).message);
      throw error;
    }
  }
}
