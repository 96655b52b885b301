import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { type AppConfig, ConfigError, createLogger, loadAppConfig } from '@tsunagu/shared/api-core';
import { JapaneseAnalyser } from '@tsunagu/language/api';
import { createApp } from './bootstrap/create-app';
import { resolveSessionSecret } from './bootstrap/session-secret';
import { type BackingServices, startBackingServices } from './runtime/backing-services';
import { type DataDirLock, lockDataDir } from './runtime/data-dir-lock';
import { makeDataDirPrivate, PRIVATE_UMASK } from './runtime/private-data-dir';
import { stopServersWithProcess } from './runtime/process-end';
import { removeRuntimeInfo, writeRuntimeInfo } from './runtime/runtime-info';
import { DemoSeeder } from './seeds/demo-seeder';

/**
 * `npm start`: real PostgreSQL and Meilisearch (embedded unless DATABASE_URL / MEILI_URL are set),
 * migrations, demo data on first start, then the API and the web client on one port.
 * SIGINT / SIGTERM / SIGHUP stop everything this process started: the API first, then the servers;
 * a crash stops the servers too (process-end.ts), and the embedded servers are restarted if they
 * exit on their own (server-supervisor.ts).
 */
async function main(): Promise<void> {
  process.umask(PRIVATE_UMASK);
  const startedAt = performance.now();
  const config = configOrExit();
  const logger = createLogger(config);
  if (config.nodeEnv === 'production' && config.publicUrlIsLocal) {
    // Only with ALLOW_LOCAL_PUBLIC_URL=true: loadAppConfig refuses this otherwise.
    logger.warn(
      { publicUrl: config.publicUrl },
      `PUBLIC_URL is ${config.publicUrl}: links in mails and the QR codes of the data book and the letters open only on this machine`,
    );
  }

  let lock: DataDirLock | undefined;
  let services: BackingServices | undefined;
  let app: NestExpressApplication | undefined;
  const processEnd = stopServersWithProcess({
    logger,
    // stopping on request is a normal end for `npm start`
    signalExitCode: () => 0,
    shutdown: async () => {
      await app?.close().catch((err: unknown) => logger.error({ err }, 'closing the API failed'));
      await services?.stop();
      if (lock) await removeRuntimeInfo(config.dataDir);
      await lock?.release();
    },
  });

  try {
    await makeDataDirPrivate(config.dataDir);
    lock = await lockDataDir(config.dataDir);
    const sessionSecret = await resolveSessionSecret(config);
    services = await startBackingServices(config, logger);
    await writeRuntimeInfo(config.dataDir, {
      pid: process.pid,
      databaseUrl: services.databaseUrl,
      meiliUrl: services.meiliUrl,
      meiliMasterKey: services.meiliMasterKey,
    });
    if (processEnd.ending) return;
    app = await createApp({ config: { ...config, sessionSecret }, services, logger, serveWeb: true });
    if (processEnd.ending) return;
    if (config.seedDemo) await app.get(DemoSeeder).seed();
    await app.listen(config.port, config.host);
    // The first need or search would otherwise wait about a second for the dictionary.
    void app.get(JapaneseAnalyser).ready();
  } catch (error) {
    if (processEnd.ending) return;
    logger.fatal({ err: error }, 'start-up failed');
    process.stderr.write(`start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
    processEnd.end(1);
    return;
  }
  logger.info(
    {
      url: config.publicUrl,
      dataDir: config.dataDir,
      postgres: services.embedded.postgres ? 'embedded' : 'external',
      meilisearch: services.embedded.meilisearch ? 'embedded' : 'external',
      startupMs: Math.round(performance.now() - startedAt),
    },
    `tsunagu is ready at ${config.publicUrl}`,
  );
  if (process.stdout.isTTY)
    process.stdout.write(`\n  つなぐ tsunagu: ${config.publicUrl}  (Ctrl-C で停止 / to stop)\n\n`);
}

function configOrExit(): AppConfig {
  try {
    return loadAppConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`設定エラー / configuration error: ${error.message}\n`);
    process.exit(2);
  }
}

void main();
