import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { NpoImportService } from '@tsunagu/npo/api';
import { type TestApp, startTestApp } from '../test-services';
import { OpenDataFixture } from '../npo/open-data-fixture';

const CLI = join(process.cwd(), 'dist/apps/api/apps/api/src/cli/main.js');

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
    // Wait until the run is well under way (its progress is written outside the transaction).
    const deadline = Date.now() + 60_000;
    let processed = 0;
    while (processed < 2_000 && Date.now() < deadline) {
      const [run] = await db.query(`SELECT processed_rows FROM npo_import_run WHERE file_name = 'big.zip'`);
      processed = run?.processed_rows ?? 0;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(processed).toBeGreaterThanOrEqual(2_000);
    child.kill('SIGKILL');
    await exited;

    expect(await snapshot()).toEqual(before);
    // Without any restart, staff reading the runs see it FAILED within a minute (once its
    // heartbeat has stopped and PostgreSQL has released the dead client's lock).
    let run: { status: string; message: string | null } | null = null;
    for (const until = Date.now() + 60_000; run?.status !== 'FAILED' && Date.now() < until;) {
      run = (await imports.listRuns(20)).find((r) => r.fileName === 'big.zip') ?? null;
      if (run?.status !== 'FAILED') await new Promise((r) => setTimeout(r, 1_000));
    }
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
