import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { NpoImportService } from '@tsunagu/npo/api';
import { type TestApp, startTestApp } from '../test-services';
import { OpenDataFixture } from '../npo/open-data-fixture';

const CLI = join(process.cwd(), 'dist/apps/api/apps/api/src/cli/main.js');

/**
 * An importer that hangs (here: SIGSTOP of `npm run cli -- import-npos` half-way) while holding
 * the import lock. PostgreSQL ends its session after 30 s idle in the transaction, which frees the
 * lock and rolls back; staff then see the run FAILED within a minute and can import again.
 */
describe('an import whose process hangs half-way (issue #11, case 6)', () => {
  let t: TestApp;
  let fixture: OpenDataFixture;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build the API first (npx nx run api:build)`);
    t = await startTestApp();
    fixture = await OpenDataFixture.create();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('does not keep the lock: the run shows FAILED within a minute and a new import succeeds', async () => {
    const db = t.app.get(DataSource);
    const imports = t.app.get(NpoImportService);
    const big = await fixture.zip('hung', fixture.rows({ count: 40_000, outsideCityCount: 0, seed: 11 }));
    const child = spawn(process.execPath, [CLI, 'import-npos', big], {
      env: {
        PATH: process.env['PATH'],
        DATABASE_URL: t.databaseUrl,
        MEILI_URL: t.config.meiliUrl,
        MEILI_MASTER_KEY: t.config.meiliMasterKey ?? '',
        MEILI_INDEX_PREFIX: t.config.meiliIndexPrefix,
        DATA_DIR: t.config.dataDir,
      },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      let processed = 0;
      for (const until = Date.now() + 60_000; processed < 2_000 && Date.now() < until;) {
        const [run] = await db.query(`SELECT processed_rows FROM npo_import_run WHERE file_name = 'hung.zip'`);
        processed = run?.processed_rows ?? 0;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(processed).toBeGreaterThanOrEqual(2_000);
      child.kill('SIGSTOP');

      let run: { status: string; message: string | null } | null = null;
      for (const until = Date.now() + 60_000; run?.status !== 'FAILED' && Date.now() < until;) {
        run = (await imports.listRuns(20)).find((r) => r.fileName === 'hung.zip') ?? null;
        if (run?.status !== 'FAILED') await new Promise((r) => setTimeout(r, 1_000));
      }
      expect(run?.status).toBe('FAILED');
      expect(run?.message).toContain('データは取り込み前のまま');
      const next = await imports.importFile({
        filePath: await fixture.zip('after-hung', fixture.rows({ count: 5, seed: 12 })),
        fileName: 'after-hung.zip',
        source: 'CLI',
        startedBy: 'test',
      });
      expect(next.status).toBe('SUCCEEDED');
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
  }, 180_000);
});
