import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { NpoImportService } from '@tsunagu/npo/api';
import { CLI, runCli } from '../runtime-process';
import { type TestApp, cliEnvOf, startTestApp } from '../test-services';
import { OpenDataFixture } from '../npo/open-data-fixture';
import { runAsStaffSeeItWithinAMinute, waitUntilImportUnderWay } from '../npo/import-run-waits';

/** `kill -9` of `npm run cli -- import-npos` half-way through: PostgreSQL keeps the old data. */
describe('an import killed half-way', () => {
  let t: TestApp;
  let fixture: OpenDataFixture;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: npm test builds the API first`);
    t = await startTestApp();
    fixture = await OpenDataFixture.create();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('leaves the database as it was; the run shows FAILED within a minute without a restart, and a new import starts at once', async () => {
    const db = t.app.get(DataSource);
    const imports = t.app.get(NpoImportService);
    await imports.importFile({
      filePath: await fixture.zip('before', fixture.rows({ count: 50, seed: 3 })),
      fileName: 'before.zip',
      source: 'CLI',
      startedBy: 'test',
    });
    const snapshot = () => db.query(`SELECT id, name, status, source_hash, updated_at FROM npo ORDER BY id`);
    const before = await snapshot();

    const big = await fixture.zip('big', fixture.rows({ count: 40_000, outsideCityCount: 0, seed: 9 }));
    const { child, done } = runCli(['import-npos', big], cliEnvOf(t));
    expect(await waitUntilImportUnderWay(db, 'big.zip')).toBeGreaterThanOrEqual(2_000);
    child.kill('SIGKILL');
    await done;

    expect(await snapshot()).toEqual(before);
    // Without any restart, staff reading the runs see it FAILED within a minute (once its
    // heartbeat has stopped and PostgreSQL has released the dead client's lock).
    const run = await runAsStaffSeeItWithinAMinute(imports, 'big.zip');
    expect(run?.status).toBe('FAILED');
    expect(run?.message).toContain('データは取り込み前のまま');
    // The lock did not outlive its holder: a new import starts and succeeds at once.
    const next = await imports.importFile({
      filePath: await fixture.zip('after', fixture.rows({ count: 5, seed: 4 })),
      fileName: 'after.zip',
      source: 'CLI',
      startedBy: 'test',
    });
    expect(next.status).toBe('SUCCEEDED');
    // Nor did it leave index updates behind for NPOs that were never written.
    const [{ orphans }] = await db.query(
      `SELECT count(*)::int AS orphans FROM search_outbox o WHERE NOT EXISTS (SELECT 1 FROM npo WHERE npo.id::text = o.document_id)`,
    );
    expect(orphans).toBe(0);
  }, 150_000);
});
