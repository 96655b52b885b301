import { join } from 'node:path';
import type { Logger } from 'pino';
import type { AppConfig } from '@tsunagu/shared/api-core';
import { startEmbeddedMeilisearch } from './embedded-meilisearch.runner';
import { startEmbeddedPostgres } from './embedded-postgres.runner';
import type { SupervisionStatus } from './server-supervisor';

/** How the embedded servers fared since start (absent for external ones), for /health. */
export type EmbeddedSupervision = Partial<Record<'postgres' | 'meilisearch', SupervisionStatus>>;

/** Where the API finds its record (PostgreSQL) and its search engine (Meilisearch). */
export interface BackingServices {
  readonly databaseUrl: string;
  readonly meiliUrl: string;
  readonly meiliMasterKey?: string;
  readonly embedded: { readonly postgres: boolean; readonly meilisearch: boolean };
  supervision(): EmbeddedSupervision;
  /** stops what this process started (nothing for external services) */
  stop(): Promise<void>;
}

/** Injection token of `BackingServices.supervision` (undefined where the app was given external servers only). */
export const EMBEDDED_SUPERVISION = Symbol('EMBEDDED_SUPERVISION');

/**
 * Uses DATABASE_URL / MEILI_URL when set, otherwise starts real embedded servers under DATA_DIR.
 * Both start in parallel: together they are most of the start-up time.
 */
export async function startBackingServices(config: AppConfig, logger: Logger): Promise<BackingServices> {
  const [postgres, meili] = await Promise.allSettled([
    config.databaseUrl ? null : startEmbeddedPostgres(join(config.dataDir, 'postgres'), logger),
    config.meiliUrl ? null : startEmbeddedMeilisearch(join(config.dataDir, 'meilisearch'), logger),
  ]);
  const started = [postgres, meili].flatMap((r) => (r.status === 'fulfilled' && r.value ? [r.value] : []));
  const stopAll = async () => {
    await Promise.allSettled(started.map((s) => s.stop()));
  };
  const failure = [postgres, meili].find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) {
    await stopAll();
    throw failure.reason;
  }
  const pg = postgres.status === 'fulfilled' ? postgres.value : null;
  const ms = meili.status === 'fulfilled' ? meili.value : null;
  return {
    databaseUrl: pg?.url ?? (config.databaseUrl as string),
    meiliUrl: ms?.url ?? (config.meiliUrl as string),
    meiliMasterKey: ms?.masterKey ?? config.meiliMasterKey,
    embedded: { postgres: !!pg, meilisearch: !!ms },
    supervision: () => ({
      ...(pg ? { postgres: pg.supervision() } : {}),
      ...(ms ? { meilisearch: ms.supervision() } : {}),
    }),
    stop: stopAll,
  };
}
