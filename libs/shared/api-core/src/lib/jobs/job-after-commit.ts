import type { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';
import type { JobQueue } from './job-queue';

const PENDING = 'tsunagu:jobs-after-commit';

/**
 * Sends a job's wake-up once the caller's transaction has committed: for outbox tables written
 * by free functions in other domains' transactions (search, mail), whose job must not look
 * before the rows are visible. Outside a transaction it is sent at once. Only where this process
 * has workers (elsewhere the job's schedule is the safety net). Needs `installJobsAfterCommit`.
 */
export function requestJobAfterCommit(manager: EntityManager, name: string): void {
  const runner = manager.queryRunner;
  if (runner?.isTransactionActive) {
    const pending = (runner.data[PENDING] ??= new Set<string>()) as Set<string>;
    pending.add(name);
    return;
  }
  subscriberOf(manager.connection)?.send(name);
}

/** Lets `requestJobAfterCommit` reach this data source's job queue (idempotent). */
export function installJobsAfterCommit(dataSource: DataSource, jobs: JobQueue): void {
  if (subscriberOf(dataSource)) return;
  dataSource.subscribers.push(new JobsAfterCommit(jobs));
}

function subscriberOf(dataSource: DataSource): JobsAfterCommit | undefined {
  return dataSource.subscribers.find((s): s is JobsAfterCommit => s instanceof JobsAfterCommit);
}

class JobsAfterCommit implements EntitySubscriberInterface {
  constructor(private readonly jobs: JobQueue) {}

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A released savepoint is not the commit yet.
    if (event.queryRunner.isTransactionActive) return;
    const pending = event.queryRunner.data[PENDING] as Set<string> | undefined;
    delete event.queryRunner.data[PENDING];
    for (const name of pending ?? []) this.send(name);
  }

  afterTransactionRollback(event: TransactionCommitEvent): void {
    if (!event.queryRunner.isTransactionActive) delete event.queryRunner.data[PENDING];
  }

  send(name: string): void {
    if (!this.jobs.workers) return;
    // A queue that already holds a waiting job answers null: that one will do the work.
    this.jobs.send(name, {}).catch(() => undefined);
  }
}
