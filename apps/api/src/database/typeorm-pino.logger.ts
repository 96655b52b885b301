import type { Logger as PinoLogger } from 'pino';
import type { Logger as TypeOrmLogger } from 'typeorm';

// PostgreSQL ends idle pooled connections this way when it stops after the app has closed:
// expected during our own shutdown, not worth a warning.
const SHUTDOWN_NOISE = /terminating connection due to administrator command/;

/** TypeORM's messages as structured pino logs (queries only at debug level). */
export class TypeOrmPinoLogger implements TypeOrmLogger {
  private readonly pino: PinoLogger;

  constructor(logger: PinoLogger) {
    this.pino = logger.child({ component: 'typeorm' });
  }

  logQuery(query: string): void {
    this.pino.trace({ query }, 'query');
  }

  logQueryError(error: string | Error, query: string): void {
    this.pino.error({ err: error, query }, 'query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.pino.warn({ ms: time, query }, 'slow query');
  }

  logSchemaBuild(message: string): void {
    this.pino.debug(message);
  }

  logMigration(message: string): void {
    this.pino.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    const text = String(message);
    if (SHUTDOWN_NOISE.test(text)) this.pino.debug(text);
    else if (level === 'warn') this.pino.warn(text);
    else this.pino.debug(text);
  }
}
