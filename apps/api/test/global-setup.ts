import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startEmbeddedMeilisearch } from '../src/runtime/embedded-meilisearch.runner';
import { startEmbeddedPostgres } from '../src/runtime/embedded-postgres.runner';
import { TEST_ENV } from './test-env.constant';

/**
 * Starts ONE real PostgreSQL and ONE real Meilisearch for the whole integration run (or uses
 * TEST_DATABASE_URL / TEST_MEILI_URL when CI provides them). Each test file then makes its own
 * database and index prefix (see test-services.ts), so files never see each other's data.
 */
export default async function globalSetup(): Promise<void> {
  const logger = pino({ level: process.env['TEST_LOG_LEVEL'] ?? 'warn' });
  const dir = await mkdtemp(join(tmpdir(), 'tsunagu-test-'));
  const stops: Array<() => Promise<void>> = [];

  const [pg, meili] = await Promise.all([
    process.env['TEST_DATABASE_URL'] ? null : startEmbeddedPostgres(join(dir, 'postgres'), logger),
    process.env['TEST_MEILI_URL'] ? null : startEmbeddedMeilisearch(join(dir, 'meilisearch'), logger),
  ]);
  if (pg) stops.push(pg.stop);
  if (meili) stops.push(meili.stop);

  // Workers are forked after globalSetup and inherit these.
  process.env[TEST_ENV.adminDatabaseUrl] = pg?.url ?? process.env['TEST_DATABASE_URL'];
  process.env[TEST_ENV.meiliUrl] = meili?.url ?? process.env['TEST_MEILI_URL'];
  process.env[TEST_ENV.meiliKey] = meili?.masterKey ?? process.env['TEST_MEILI_MASTER_KEY'] ?? '';
  process.env[TEST_ENV.tmpDir] = dir;
  (globalThis as { __tsunaguStops?: typeof stops }).__tsunaguStops = stops;
}
