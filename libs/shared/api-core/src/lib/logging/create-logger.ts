import pino, { type Logger } from 'pino';
import type { AppConfig } from '../config/app-config';

/** One structured (JSON) logger for start-up, the HTTP layer and the CLI. */
export function createLogger(config: Pick<AppConfig, 'logLevel'>, name = 'tsunagu'): Logger {
  return pino({
    name,
    level: config.logLevel,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
  });
}
