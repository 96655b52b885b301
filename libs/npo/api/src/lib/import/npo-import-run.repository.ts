import { Injectable } from '@nestjs/common';
import { DataSource, type QueryRunner } from 'typeorm';
import { NpoImportRunEntity } from '../entities/npo-import-run.entity';
import { NPO_IMPORT_LOCK } from './import-locks';

/**
 * The SQL of `npo_import_run` and of the import's own database session (its lock, its idle
 * timeout, its heartbeat): the record of every import attempt, written outside the import's
 * transaction so that staff see runs that failed too.
 */
@Injectable()
export class NpoImportRunRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get runs() {
    return this.dataSource.getRepository(NpoImportRunEntity);
  }

  /**
   * Marks FAILED the runs whose heartbeat stopped while nobody holds the import lock. The lock is
   * looked up in pg_locks rather than tried, so that reading the runs never makes a starting
   * import think another is running.
   */
  async failAbandoned(staleAfterSeconds: number, message: string): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE npo_import_run SET status = 'FAILED', finished_at = now(), message = $3
        WHERE status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => $2)
          AND NOT EXISTS (
            SELECT 1 FROM pg_locks
             WHERE locktype = 'advisory' AND granted AND classid = 0 AND objid = $1::bigint::oid AND objsubid = 1
               AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))`,
      [NPO_IMPORT_LOCK, staleAfterSeconds, message],
    );
    return count;
  }

  create(run: Partial<NpoImportRunEntity>): Promise<NpoImportRunEntity> {
    return this.runs.save(this.runs.create(run));
  }

  /** Outside the import's transaction (progress, failure), or inside it (`runner`: the success). */
  async update(id: string, fields: Partial<NpoImportRunEntity>, runner?: QueryRunner): Promise<void> {
    if (runner) await runner.manager.update(NpoImportRunEntity, id, fields);
    else await this.runs.update(id, fields);
  }

  latest(take: number, dataset: NpoImportRunEntity['dataset'] = 'NPO_OPEN_DATA'): Promise<NpoImportRunEntity[]> {
    return this.runs.find({ where: { dataset }, order: { startedAt: 'DESC' }, take });
  }

  findById(id: string): Promise<NpoImportRunEntity | null> {
    return this.runs.findOne({ where: { id } });
  }

  /** Bounds how long the import's session may sit idle in its transaction; returns its backend pid. */
  async limitIdleInTransaction(runner: QueryRunner, timeout: string): Promise<number> {
    await runner.query(`SET LOCAL idle_in_transaction_session_timeout = '${timeout}'`);
    const [{ pid }]: Array<{ pid: number }> = await runner.query(`SELECT pg_backend_pid() AS pid`);
    return pid;
  }

  /** The import lock, held until the import's transaction ends; false when another import holds it. */
  async tryLock(runner: QueryRunner): Promise<boolean> {
    const [{ locked }]: Array<{ locked: boolean }> = await runner.query(
      `SELECT pg_try_advisory_xact_lock($1) AS locked`,
      [NPO_IMPORT_LOCK],
    );
    return locked;
  }

  /** The run is alive while the import's session (`pid`) is. */
  async renewHeartbeat(runId: string, pid: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE npo_import_run SET heartbeat_at = now()
        WHERE id = $1 AND status = 'RUNNING' AND EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = $2)`,
      [runId, pid],
    );
  }
}
