import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/**
 * The one description of the database for the app, the CLI and the tests. `synchronize` stays
 * off: the schema changes only through migrations, which run when the app starts.
 */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: [],
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error', 'warn', 'migration'],
    applicationName: 'tsunagu',
    extra: { max: 10, connectionTimeoutMillis: 5_000 },
  };
}
