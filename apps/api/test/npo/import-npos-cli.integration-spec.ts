import { existsSync } from 'node:fs';
import iconv from 'iconv-lite';
import { DataSource } from 'typeorm';
import { OPEN_DATA_COLUMNS } from '@tsunagu/npo/open-data';
import { CLI, runCli } from '../runtime-process';
import { type TestApp, cliEnvOf, startTestApp } from '../test-services';
import { OpenDataFixture } from './open-data-fixture';

/**
 * `npm run cli -- import-npos`: a refused file ends with a one-line reason, a non-zero exit and no
 * stack trace; an import that PostgreSQL committed is a success even while the search engine is down.
 */
describe('import-npos from the command line', () => {
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

  const cli = (file: string) => runCli(['import-npos', file], cliEnvOf(t), { stdin: '' }).done;

  it('ends a CSV whose header has 59 columns with a one-line reason on stderr and a non-zero exit (issue #11, case 1)', async () => {
    const header = OPEN_DATA_COLUMNS.slice(0, 59).join(',');
    const lines = Array.from({ length: 5_000 }, (_, i) => `団体${i}${','.repeat(58)}`);
    const csv = iconv.encode(`${header}\r\n${lines.join('\r\n')}\r\n`, 'cp932');
    const result = await cli(await fixture.raw('h59.csv', csv));
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    const reasons = result.stderr.split('\n').filter((l) => l.startsWith('エラー / error:'));
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain('見出しの列の数が59です');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).not.toContain('ERR_STREAM_PREMATURE_CLOSE');
  }, 60_000);

  it('succeeds while Meilisearch is down: the NPOs are saved, the JSON says indexed:false, stderr says the index catches up', async () => {
    const file = await fixture.zip(
      'meili-down',
      fixture.rows({ count: 12, outsideCityCount: 0, seed: 21, dissolvedRatio: 0 }),
    );
    const result = await runCli(
      ['import-npos', file],
      { ...cliEnvOf(t), MEILI_URL: 'http://127.0.0.1:9' },
      { stdin: '' },
    ).done;
    expect(result.code).toBe(0);
    const last = JSON.parse(result.stdout.trim().split('\n').at(-1) as string) as Record<string, unknown>;
    expect(last).toMatchObject({ inserted: 12, indexed: false });
    expect(result.stderr).toContain('検索への反映は検索エンジンが戻りしだい自動で行われます');
    const [{ saved }] = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS saved FROM npo WHERE last_import_run_id = $1`, [last['importRunId']]);
    expect(saved).toBe(12);
  }, 60_000);
});
