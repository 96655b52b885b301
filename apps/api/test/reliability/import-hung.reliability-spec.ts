import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { NpoImportService } from '@tsunagu/npo/api';
import { CLI, runCli } from '../runtime-process';
import { type TestApp, cliEnvOf, startTestApp } from '../test-services';
import { OpenDataFixture } from '../npo/open-data-fixture';
import { runAsStaffSeeItWithinAMinute, waitUntilImportUnderWay } from '../npo/import-run-waits';

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
    const { child, done } = runCli(['import-npos', big], cliEnvOf(t));
    try {
      expect(await waitUntilImportUnderWay(db, 'hung.zip')).toBeGreaterThanOrEqual(2_000);
      child.kill('SIGSTOP');

      const run = await runAsStaffSeeItWithinAMinute(imports, 'hung.zip');
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
      await done;
    }
  }, 180_000);
});
