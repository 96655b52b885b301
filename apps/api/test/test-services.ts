import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Meilisearch } from 'meilisearch';
import { Client } from 'pg';
import pino from 'pino';
import { type AppConfig, loadAppConfig } from '@tsunagu/shared/api-core';
import { createApp } from '../src/bootstrap/create-app';
import { TEST_ENV } from './test-env.constant';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run integration tests through jest (globalSetup)`);
  return value;
}

/** A database of this test file's own on the shared test server; dropped by `drop()`. */
export async function createTestDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const adminUrl = required(TEST_ENV.adminDatabaseUrl);
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export function testMeilisearch(): {
  url: string;
  apiKey: string;
  indexPrefix: string;
  deleteIndexes(): Promise<void>;
} {
  const url = required(TEST_ENV.meiliUrl);
  const apiKey = process.env[TEST_ENV.meiliKey] ?? '';
  const indexPrefix = `t${randomBytes(4).toString('hex')}_`;
  return {
    url,
    apiKey,
    indexPrefix,
    deleteIndexes: async () => {
      const client = new Meilisearch({ host: url, apiKey });
      const { results } = await client.getIndexes({ limit: 1000 });
      await Promise.all(results.filter((i) => i.uid.startsWith(indexPrefix)).map((i) => client.deleteIndex(i.uid)));
    },
  };
}

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly baseUrl: string;
  readonly config: AppConfig;
  readonly databaseUrl: string;
  close(): Promise<void>;
}

/**
 * The real Nest app on an ephemeral port, with its own database and index prefix, migrations
 * run exactly as at start-up. `meiliUrl` can be overridden to simulate an outage; `env` adds
 * settings (e.g. TRUST_PROXY: 'loopback', so that X-Forwarded-For plays several addresses).
 */
export async function startTestApp(
  overrides: { meiliUrl?: string; meiliMasterKey?: string; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const meili = testMeilisearch();
  const dataDir = await mkdtemp(join(required(TEST_ENV.tmpDir), 'data-'));
  const config = loadAppConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DATABASE_URL: db.url,
    MEILI_URL: overrides.meiliUrl ?? meili.url,
    MEILI_MASTER_KEY: overrides.meiliMasterKey ?? meili.apiKey,
    MEILI_INDEX_PREFIX: meili.indexPrefix,
    LOG_LEVEL: 'warn',
    ...overrides.env,
  });
  const logger = pino({ level: 'warn' });
  const app = await createApp({
    config,
    services: { databaseUrl: db.url, meiliUrl: config.meiliUrl as string, meiliMasterKey: config.meiliMasterKey },
    logger,
  });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    baseUrl: `http://127.0.0.1:${address.port}`,
    config,
    databaseUrl: db.url,
    close: async () => {
      await app.close();
      await Promise.all([db.drop(), meili.deleteIndexes()]);
    },
  };
}

/** The environment that points the built CLI (`npm run cli -- …`) at a test app's own servers. */
export function cliEnvOf(t: TestApp): Record<string, string | undefined> {
  return {
    DATABASE_URL: t.databaseUrl,
    MEILI_URL: t.config.meiliUrl,
    MEILI_MASTER_KEY: t.config.meiliMasterKey ?? '',
    MEILI_INDEX_PREFIX: t.config.meiliIndexPrefix,
    DATA_DIR: t.config.dataDir,
  };
}
