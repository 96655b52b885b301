import { types } from 'pg';
import type { Logger } from 'pino';
import type { DataSourceOptions } from 'typeorm';
import { ACCOUNT_ENTITIES } from '@tsunagu/accounts/api';
import { MAIL_ENTITIES } from '@tsunagu/mail/api';
import { NEEDS_ENTITIES } from '@tsunagu/needs/api';
import { NOTIFICATIONS_ENTITIES } from '@tsunagu/notifications/api';
import { NPO_ENTITIES } from '@tsunagu/npo/api';
import { MARCHE_ENTITIES } from '@tsunagu/marche/api';
import { OUTREACH_ENTITIES } from '@tsunagu/outreach/api';
import { SCHEMES_ENTITIES } from '@tsunagu/schemes/api';
import { IMPACT_ENTITIES } from '@tsunagu/impact/api';
import { STORIES_ENTITIES } from '@tsunagu/stories/api';
import { MIGRATIONS } from './migrations';
import { TypeOrmPinoLogger } from './typeorm-pino.logger';

/**
 * The one description of the database for the app, the CLI and the tests. `synchronize` stays
 * off: the schema changes only through migrations, which run when the app starts.
 */
// A DATE is a calendar day, not an instant: keep it as 'YYYY-MM-DD' instead of a Date at local
// midnight, which shifts a day in any time zone west of the server's.
types.setTypeParser(types.builtins.DATE, (value) => value);

export function dataSourceOptions(databaseUrl: string, logger: Logger): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: [
      ...NPO_ENTITIES,
      ...ACCOUNT_ENTITIES,
      ...MAIL_ENTITIES,
      ...NEEDS_ENTITIES,
      ...NOTIFICATIONS_ENTITIES,
      ...MARCHE_ENTITIES,
      ...OUTREACH_ENTITIES,
      ...SCHEMES_ENTITIES,
      ...IMPACT_ENTITIES,
      ...STORIES_ENTITIES,
    ],
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error', 'warn', 'migration'],
    logger: new TypeOrmPinoLogger(logger),
    maxQueryExecutionTime: 1_000,
    applicationName: 'tsunagu',
    extra: { max: 10, connectionTimeoutMillis: 5_000 },
  };
}
