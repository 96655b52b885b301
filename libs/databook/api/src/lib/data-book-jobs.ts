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
const UUID = /^[0-9a-f-]{36}$/i;

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
    this.boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 3, application_name: 'tsunagu-jobs' });
    this.boss.on('error', (error) => this.logger.warn(`job queue: ${error.message}`));
    await this.boss.start();
    await this.boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 2, retryDelay: 5, expireInSeconds: 1_800 });
    if (this.workers) {
      await this.boss.work<{ id: string }>(QUEUE, { pollingIntervalSeconds: 1 }, async ([job]) =>
        this.make(job.data.id),
      );
    }
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

  /** The worker's side: draws the book into DATA_DIR/databooks, reporting progress as it goes. */
  private async make(id: string): Promise<void> {
    const row = await this.get(id);
    if (!row || row.status === 'DONE') return;
    await this.dataSource.query(
      `UPDATE data_book SET status = 'RUNNING', started_at = now(), progress = 0, error = NULL WHERE id = $1`,
      [id],
    );
    let reported = 0;
    try {
      await mkdir(this.directory, { recursive: true });
      const fileName = `${id}.pdf`;
      const result = await this.books.generate(row.options, join(this.directory, fileName), (share) => {
        // A progress write every 5 % is plenty for a progress bar.
        if (share - reported < 0.05) return;
        reported = share;
        void this.dataSource
          .query(`UPDATE data_book SET progress = $2 WHERE id = $1 AND status = 'RUNNING'`, [id, Math.min(share, 0.99)])
          .catch(() => undefined);
      });
      await this.dataSource.query(
        `UPDATE data_book SET status = 'DONE', progress = 1, npo_count = $2, pages = $3, bytes = $4, file_name = $5,
                finished_at = now() WHERE id = $1`,
        [id, result.npos, result.pages, result.bytes, fileName],
      );
    } catch (error) {
      await this.dataSource.query(
        `UPDATE data_book SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`,
        [id, (error as Error).message.slice(0, 500)],
      );
      throw error;
    }
  }
}

function inTransaction(manager: EntityManager): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: await manager.query(text, values) }) };
}
