import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import { JOB_WORKERS } from '../config/app-config.token';
import type { JobDefinition } from './job-definition';
import { pgBossInTransaction } from './pgboss-transaction.repository';

const TIME_ZONE = 'Asia/Tokyo';

export interface SendOptions {
  /** send inside this transaction: the job exists exactly when the transaction commits */
  readonly db?: EntityManager;
  readonly startAfterSeconds?: number;
  readonly singletonKey?: string;
}

/**
 * Every background task of the service runs through this one PostgreSQL-backed queue (pg-boss):
 * a job survives a restart, a dead worker's job is tried again, schedules follow Japan's clock,
 * and any process on the same database may do the work. Domains `define` their jobs while their
 * module starts; the workers start after every module has (only where JOB_WORKERS is on: the CLI
 * and schema printing have none). A process without workers can still `send`.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly definitions = new Map<string, JobDefinition<object>>();
  private readonly workerIds = new Map<string, string>();
  private boss: PgBoss | undefined;
  private starting: Promise<PgBoss> | undefined;
  private workersStarted: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(JOB_WORKERS) readonly workers: boolean,
  ) {}

  /** Registers a job (before the application has started). */
  define<T extends object>(definition: JobDefinition<T>): void {
    if (this.definitions.has(definition.name)) throw new Error(`job defined twice: ${definition.name}`);
    this.definitions.set(definition.name, definition as unknown as JobDefinition<object>);
  }

  onApplicationBootstrap(): void {
    if (!this.dataSource.isInitialized || !this.workers) return;
    this.workersStarted = this.startWorkers().catch((error: unknown) => {
      this.logger.error(`the job workers did not start: ${(error as Error).message}`);
      throw error;
    });
    this.workersStarted.catch(() => undefined);
  }

  /** Resolves when this process's workers run (at once where there are none). */
  async ready(): Promise<void> {
    await this.workersStarted;
  }

  /** Queues one job; returns its id (null when a singleton queue already holds one). */
  async send<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<string | null> {
    if (!this.definitions.has(name)) throw new Error(`no job named ${name}`);
    const boss = await this.started();
    const id = await boss.send(name, data, {
      ...(options.db ? { db: pgBossInTransaction(options.db) } : {}),
      ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    });
    // A worker of this process need not wait for its next poll (after the commit, if in one).
    const worker = this.workerIds.get(name);
    if (worker && !options.db) boss.notifyWorker(worker);
    return id;
  }

  /** The underlying queue, for what only pg-boss can say (a job's state by id). */
  async queue(): Promise<PgBoss> {
    return this.started();
  }

  /** Wakes this process's worker of a queue (after a transaction that sent to it has committed). */
  wake(name: string): void {
    const worker = this.workerIds.get(name);
    if (worker) this.boss?.notifyWorker(worker);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.workersStarted?.catch(() => undefined);
    await this.starting?.catch(() => undefined);
    await this.boss
      ?.stop({ graceful: true, wait: true, timeout: 20_000 })
      .catch((error: unknown) => this.logger.warn(`job queue did not stop cleanly: ${(error as Error).message}`));
  }

  private started(): Promise<PgBoss> {
    this.starting ??= this.startBoss();
    return this.starting;
  }

  private async startBoss(): Promise<PgBoss> {
    const url = (this.dataSource.options as { url?: string }).url;
    const boss = new PgBoss({
      connectionString: url,
      schema: 'pgboss',
      max: 4,
      application_name: 'tsunagu-jobs',
      // A process that only sends (the CLI) leaves upkeep and schedules to the workers' processes.
      supervise: this.workers,
      schedule: this.workers,
      // Finds expired tries (a killed worker's) every 30 s instead of pg-boss's default.
      maintenanceIntervalSeconds: 30,
    });
    // Kept at once, so that shutdown stops it even when a step below fails.
    this.boss = boss;
    boss.on('error', (error) => this.logger.warn(`job queue: ${error.message}`));
    await withDeadlockRetry(() => boss.start());
    for (const definition of this.definitions.values()) {
      const options = {
        name: definition.name,
        policy: definition.policy ?? 'standard',
        retryLimit: definition.retryLimit ?? 2,
        retryDelay: definition.retryDelaySeconds ?? 2,
        expireInSeconds: definition.expireInSeconds ?? 60,
      };
      // A queue is DDL (a partition of pg-boss's job table): made once, and changed only when its
      // options did, so that a process starting beside a busy one takes no table locks at all.
      const existing = await boss.getQueue(definition.name);
      if (!existing) await withDeadlockRetry(() => boss.createQueue(definition.name, options));
      else if (differs(existing, options)) await withDeadlockRetry(() => boss.updateQueue(definition.name, options));
    }
    return boss;
  }

  private async startWorkers(): Promise<void> {
    const boss = await this.started();
    for (const definition of this.definitions.values()) {
      const id = await boss.work<object>(
        definition.name,
        { pollingIntervalSeconds: definition.pollingIntervalSeconds ?? 2, includeMetadata: true },
        async ([job]) => {
          if (!job) return;
          await definition.handle(job.data, { id: job.id, retryCount: job.retryCount, retryLimit: job.retryLimit });
        },
      );
      this.workerIds.set(definition.name, id);
      if (definition.schedule) await boss.schedule(definition.name, definition.schedule, {}, { tz: TIME_ZONE });
      else await boss.unschedule(definition.name);
    }
    for (const definition of this.definitions.values()) await definition.onWorkersStart?.();
  }
}

function differs(existing: PgBoss.QueueResult, wanted: Record<string, unknown>): boolean {
  const have = existing as unknown as Record<string, unknown>;
  return Object.entries(wanted).some(([key, value]) => key !== 'name' && have[key] !== value);
}

/**
 * Two processes creating queues at the same moment can deadlock in PostgreSQL (40P01): one of
 * them is rolled back and simply tries again.
 */
async function withDeadlockRetry<T>(work: () => Promise<T>, tries = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if ((code !== '40P01' && code !== '40001') || attempt >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}
