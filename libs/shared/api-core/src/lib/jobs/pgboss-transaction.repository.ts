import type PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';

/**
 * pg-boss's own statements (its job tables in the `pgboss` schema) run in the caller's TypeORM
 * transaction, so a job exists exactly when the rows it is about do.
 */
export function pgBossInTransaction(manager: EntityManager): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: await manager.query(text, values) }) };
}
