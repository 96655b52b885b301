import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { commandLine, runCli } from '../runtime-process';
import { type TestApp, cliEnvOf, startTestApp } from '../test-services';
import { SessionClient } from '../accounts/session-client';

function cli(
  t: TestApp,
  args: string[],
  options: { stdin?: string; env?: Record<string, string> } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runCli(args, { ...cliEnvOf(t), ...options.env }, { stdin: options.stdin ?? '' }).done;
}

async function signsInAs(t: TestApp, email: string, password: string): Promise<string | undefined> {
  const me = await (
    await new SessionClient(t.baseUrl).signIn(email, password)
  ).gql<{ me: { role: string } }>(`{ me { role } }`);
  return me.data?.me.role;
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
    expect(await signsInAs(t, 'first-staff@city.example.jp', 'kitakyushu-2026')).toBe('STAFF');
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
  it('takes the password from stdin (--password -): nothing on the command line, no warning', async () => {
    const password = 'from-stdin-2026';
    const run = runCli(
      ['create-user', '--role', 'staff', '--email', 'stdin-staff@city.example.jp', '--password', '-'],
      cliEnvOf(t),
    );
    // While it runs, what every user of the machine can see (ps) holds no password.
    const seen = commandLine(run.child.pid as number);
    run.child.stdin?.end(`${password}\n`);
    const done = await run.done;
    expect(done.code).toBe(0);
    expect(seen).toContain('create-user');
    expect(seen).not.toContain(password);
    expect(done.stderr).not.toContain('warning');
    expect(await signsInAs(t, 'stdin-staff@city.example.jp', password)).toBe('STAFF');
  });

  it('takes the password from --password-file or TSUNAGU_NEW_USER_PASSWORD', async () => {
    const file = join(t.config.dataDir, 'new-admin-password');
    await writeFile(file, 'from-a-file-2026\n', { mode: 0o600 });
    const fromFile = await cli(t, [
      'create-user',
      '--role',
      'admin',
      '--email',
      'file-admin@city.example.jp',
      '--password-file',
      file,
    ]);
    expect(fromFile.code).toBe(0);
    expect(await signsInAs(t, 'file-admin@city.example.jp', 'from-a-file-2026')).toBe('ADMIN');

    const fromEnv = await cli(t, ['create-user', '--role', 'staff', '--email', 'env-staff@city.example.jp'], {
      env: { TSUNAGU_NEW_USER_PASSWORD: 'from-the-env-2026' },
    });
    expect(fromEnv.code).toBe(0);
    expect(fromEnv.stderr).not.toContain('warning');
    expect(await signsInAs(t, 'env-staff@city.example.jp', 'from-the-env-2026')).toBe('STAFF');

    const both = await cli(t, [
      'create-user',
      '--role',
      'staff',
      '--email',
      'x2@city.example.jp',
      '--password-file',
      file,
      '--password',
      'p-2026-long',
    ]);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('どちらか一つにしてください');
  });

  it('still accepts --password P, with a one-line warning that others can see it', async () => {
    const run = await cli(t, [
      'create-user',
      '--role',
      'staff',
      '--email',
      'argv-staff@city.example.jp',
      '--password',
      'on-the-line-2026',
    ]);
    expect(run.code).toBe(0);
    const warnings = run.stderr.split('\n').filter((l) => l.includes('warning'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('visible to other users of this machine');
  });
});
