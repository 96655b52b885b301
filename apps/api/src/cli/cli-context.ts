import type { INestApplicationContext } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import { type AppConfig, loadCliConfig } from '@tsunagu/shared/api-core';
import { createApp } from '../bootstrap/create-app';
import { type BackingServices, startBackingServices } from '../runtime/backing-services';
import { type DataDirLock, lockDataDir } from '../runtime/data-dir-lock';
import { makeDataDirPrivate } from '../runtime/private-data-dir';
import { readRuntimeInfo } from '../runtime/runtime-info';

export interface CliContext {
  readonly app: INestApplicationContext;
  readonly config: AppConfig;
  readonly logger: Logger;
  /** where PostgreSQL and Meilisearch are (for commands that need a scratch database) */
  readonly services: Pick<BackingServices, 'databaseUrl' | 'meiliUrl' | 'meiliMasterKey'>;
  close(): Promise<void>;
}

/**
 * The app without HTTP, for operator commands. Works whether or not `npm start` runs: with
 * DATABASE_URL / MEILI_URL it uses those; else it joins the servers of a product running on the
 * same DATA_DIR; else it starts the embedded servers itself and stops them afterwards.
 */
export async function openCliContext(): Promise<CliContext> {
  const config = loadCliConfig();
  const logger = pino({ name: 'tsunagu-cli', level: config.logLevel }, pino.destination(2));
  let lock: DataDirLock | undefined;
  let services: Pick<BackingServices, 'databaseUrl' | 'meiliUrl' | 'meiliMasterKey'> & { stop?: () => Promise<void> };

  await makeDataDirPrivate(config.dataDir);
  const running = config.databaseUrl && config.meiliUrl ? undefined : await readRuntimeInfo(config.dataDir);
  if (config.databaseUrl && config.meiliUrl) {
    services = { databaseUrl: config.databaseUrl, meiliUrl: config.meiliUrl, meiliMasterKey: config.meiliMasterKey };
  } else if (running) {
    services = running;
  } else {
    lock = await lockDataDir(config.dataDir);
    services = await startBackingServices(config, logger);
  }
  let app: INestApplicationContext;
  try {
    app = await createApp({ config, services, logger, jobWorkers: false });
  } catch (error) {
    await services.stop?.();
    await lock?.release();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    app,
    config,
    logger,
    services,
    // once: the command's own end and a signal or crash during it may both ask
    close: () =>
      (closing ??= (async () => {
        await app.close().catch((err: unknown) => logger.error({ err }, 'closing the app failed'));
        await services.stop?.();
        await lock?.release();
      })()),
  };
}
