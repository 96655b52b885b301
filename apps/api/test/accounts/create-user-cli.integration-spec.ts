import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { type TestApp, startTestApp } from '../test-services';
import { SessionClient } from './session-client';

const CLI = join(process.cwd(), 'dist/apps/api/apps/api/src/cli/main.js');

function cli(t: TestApp, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: {
        PATH: process.env['PATH'],
        DATABASE_URL: t.databaseUrl,
        MEILI_URL: t.config.meiliUrl,
        MEILI_MASTER_KEY: t.config.meiliMasterKey ?? '',
        MEILI_INDEX_PREFIX: t.config.meiliIndexPrefix,
        DATA_DIR: t.config.dataDir,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `npm run cli -- create-user`: the first staff accounts, as the contract describes. */
describe('create-user command', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates a staff account that can sign in, and prints one JSON line', async () => {
    const run = await cli(t, [
      'create-user',
      '--role',
      'staff',
      '--email',
      'first-staff@city.example.jp',
      '--password',
      'kitakyushu-2026',
    ]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const me = await (
      await new SessionClient(t.baseUrl).signIn('first-staff@city.example.jp', 'kitakyushu-2026')
    ).gql<{
      me: { role: string };
    }>(`{ me { role } }`);
    expect(me.data?.me.role).toBe('STAFF');
  });

  it('refuses a second account with the same email, and a bad role, with one line and exit 1', async () => {
    const again = await cli(t, [
      'create-user',
      '--role',
      'admin',
      '--email',
      'first-staff@city.example.jp',
      '--password',
      'another-pass-1',
    ]);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('このメールアドレスはもう登録されています');
    const role = await cli(t, [
      'create-user',
      '--role',
      'mayor',
      '--email',
      'x@example.jp',
      '--password',
      'long-enough-1',
    ]);
    expect(role.code).toBe(1);
    expect(role.stderr).toContain('--role は staff か admin です');
  });
});
