import { existsSync } from 'node:fs';
import iconv from 'iconv-lite';
import { CLI, runCli } from '../runtime-process';
import { type TestApp, cliEnvOf, startTestApp } from '../test-services';
import { OpenDataFixture } from './open-data-fixture';

/** `npm run cli -- import-helpers <file.csv>`: a list imports, a refused list prints each rejected row. */
describe('import-helpers from the command line', () => {
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

  const cli = (file: string) => runCli(['import-helpers', file], cliEnvOf(t), { stdin: '' }).done;

  it('imports a CP932 list and answers with one line of JSON', async () => {
    const csv = iconv.encode(
      '種別,名称,区,できること\r\n企業,株式会社こくら防災サービス,小倉北区,防災訓練の指導\r\n',
      'cp932',
    );
    const result = await cli(await fixture.raw('list.csv', csv));
    expect(result.code).toBe(0);
    const last = JSON.parse(result.stdout.trim().split('\n').at(-1) as string) as Record<string, unknown>;
    expect(last).toMatchObject({ inserted: 1, updated: 0, unchanged: 0, indexed: true });
  }, 60_000);

  it('refuses a list with a bad row: each rejected row on stderr, one error line, a non-zero exit', async () => {
    const result = await cli(await fixture.raw('bad.csv', '種別,名称,区,できること\n企業,博多の会社,博多区,配達\n'));
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('2行目 / row 2');
    expect(result.stderr).toContain('博多の会社');
    expect(result.stderr.split('\n').filter((l) => l.startsWith('エラー / error:'))).toHaveLength(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
