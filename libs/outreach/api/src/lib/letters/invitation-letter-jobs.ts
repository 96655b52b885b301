import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { JobQueue } from '@tsunagu/shared/api-core';
import { outreachMessages } from '../outreach.messages';
import {
  InvitationLetterJobRepository,
  type LetterJobRow,
  type NewLetterJob,
} from './invitation-letter-job.repository';
import { LetterRun } from './letter-run';

const QUEUE = 'invitation-letters';
/** The periodic look for runs whose worker died (a schedule: one run per minute in all). */
const RECOVERY_QUEUE = 'invitation-letters-recovery';

/** How often a drawing worker says it is alive, and how long a silence means it is dead. */
const HEARTBEAT_MS = 5_000;
export const STALE_AFTER_SECONDS = 30;
/** A run is tried twice in all: a second death (or error) is a real problem, not bad luck. */
export const MAX_ATTEMPTS = 2;
/** pg-boss's own limit on one try; the heartbeat finds a dead worker much sooner. */
const EXPIRE_IN_SECONDS = 900;

/**
 * Invitation letters are made in the background on the shared job queue (pg-boss), like data
 * books: the run is queued in the same transaction as its row, survives a restart, and any app
 * process may take it. The run's `attempt` decides retries (not pg-boss's): a try that throws,
 * or whose worker stops beating, is queued once more; the second failure is final.
 */
@Injectable()
export class InvitationLetterJobs implements OnModuleInit {
  private readonly logger = new Logger(InvitationLetterJobs.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly rows: InvitationLetterJobRepository,
    private readonly run: LetterRun,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ id: string }>({
      name: QUEUE,
      retryLimit: 0,
      expireInSeconds: EXPIRE_IN_SECONDS,
      pollingIntervalSeconds: 1,
      handle: (data) => this.make(data.id),
      onWorkersStart: async () => {
        await this.recoverStale();
      },
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

  /** Records the run and queues it in the caller's transaction (both or neither). */
  async request(manager: EntityManager, job: NewLetterJob): Promise<string> {
    const id = await this.rows.insert(manager, job);
    await this.jobs.send(QUEUE, { id }, { db: manager });
    return id;
  }

  /** After the request's transaction committed: this process's worker need not wait for its poll. */
  wake(): void {
    this.jobs.wake(QUEUE);
  }

  /**
   * RUNNING runs whose worker has stopped beating: queued again when a try is left, else FAILED
   * with a plain message. A dead worker's transaction was rolled back, so no code of it is live.
   */
  async recoverStale(): Promise<number> {
    // Only where jobs run: a process without workers leaves this to theirs.
    if (!this.jobs.workers) return 0;
    const claimed = await this.dataSource.transaction(async (manager) => {
      const stale = await this.rows.claimStale(
        manager,
        STALE_AFTER_SECONDS,
        MAX_ATTEMPTS,
        outreachMessages.lettersInterrupted.ja,
      );
      for (const run of stale)
        if (run.status === 'QUEUED') await this.jobs.send(QUEUE, { id: run.id }, { db: manager });
      return stale;
    });
    for (const run of claimed) {
      this.logger.warn(
        `invitation letters ${run.id}: the worker died; ${run.status === 'QUEUED' ? 'retrying' : 'failed'}`,
      );
    }
    if (claimed.some((r) => r.status === 'QUEUED')) this.wake();
    return claimed.length;
  }

  /**
   * The worker's side. Only a QUEUED run is taken (a duplicate or late job finds nothing to do);
   * each try takes a new attempt number, and every write of a try names it.
   */
  private async make(id: string): Promise<void> {
    const row = await this.rows.start(id);
    if (!row) return;
    let beat = Date.now();
    let reported = 0;
    try {
      await this.run.make(row, (percent) => {
        // A write every 5 % is plenty for a progress bar; one every few seconds says "alive".
        if (percent - reported < 5 && Date.now() - beat < HEARTBEAT_MS) return;
        reported = percent;
        beat = Date.now();
        void this.rows.beat(id, row.attempt, percent).catch(() => undefined);
      });
    } catch (error) {
      await this.failTry(row, (error as Error).message);
    }
  }

  private async failTry(row: LetterJobRow, message: string): Promise<void> {
    const retry = row.attempt < MAX_ATTEMPTS;
    this.logger.warn(`invitation letters ${row.id}, try ${row.attempt}: ${message}; ${retry ? 'retrying' : 'failed'}`);
    await this.dataSource.transaction(async (manager) => {
      await this.rows.failTry(manager, row.id, row.attempt, retry ? 'QUEUED' : 'FAILED', message);
      if (retry) await this.jobs.send(QUEUE, { id: row.id }, { db: manager, startAfterSeconds: 2 });
    });
  }
}
