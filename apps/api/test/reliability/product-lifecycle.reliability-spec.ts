import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  childNamed,
  commandLine,
  descendants,
  exitOf,
  listeningAddresses,
  MAIN,
  modeOf,
  runCli,
  startProduct as start,
  waitHealthy,
} from '../runtime-process';
import { isProcessAlive, waitForExit } from '../../src/runtime/process.util';

/**
 * The product as `npm start` runs it (the built dist/…/main.js, own embedded PostgreSQL and
 * Meilisearch): it starts, stops on SIGTERM leaving no process behind, keeps its data across
 * restarts, and recovers from a `kill -9` that orphaned its servers.
 */
describe('the product process (npm start)', () => {
  let dir: string;

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: npm test builds the API first`);
    dir = await mkdtemp(join(tmpdir(), 'tsunagu-lifecycle-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a wrong setting with one clear line and exit code 2', async () => {
    const running = await start(join(dir, 'bad'), { PORT: 'abc' });
    running.child.stderr?.removeAllListeners('data');
    let stderr = '';
    running.child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    expect(await exitOf(running.child)).toBe(2);
    expect(stderr.trim().split('\n')).toEqual(['設定エラー / configuration error: PORT must be a number (got "abc")']);
  });

  it('starts, seeds once, stops on SIGTERM without leftovers, and keeps its data on restart', async () => {
    const dataDir = join(dir, 'data');
    const first = await start(dataDir);
    await waitHealthy(first);
    expect(await (await fetch(`${first.baseUrl}/health`)).json()).toEqual({
      status: 'ok',
      postgres: 'up',
      meilisearch: 'up',
      restarts: { postgres: 0, meilisearch: 0 },
    });

    // A second start on the same DATA_DIR refuses instead of taking over the first one's servers.
    const duplicate = await start(dataDir);
    expect(await exitOf(duplicate.child)).toBe(1);
    expect(duplicate.stderr()).toContain(`is already used by another tsunagu (pid ${first.child.pid})`);
    expect((await fetch(`${first.baseUrl}/health`)).status).toBe(200);

    const demoDir = join(dataDir, 'demo');
    const [demoFile] = readdirSync(demoDir);
    expect(demoFile).toMatch(/\.zip$/);
    const seededAt = statSync(join(demoDir, demoFile)).mtimeMs;

    const servers = descendants(first.child.pid as number);
    expect(servers.length).toBeGreaterThanOrEqual(2); // postgres (+ its workers) and meilisearch
    first.child.kill('SIGTERM');
    expect(await exitOf(first.child)).toBe(0);
    for (const pid of servers) expect(await waitForExit(pid, 5_000)).toBe(true);

    const second = await start(dataDir);
    await waitHealthy(second);
    // The seed step did not run again: its record survived in PostgreSQL.
    expect(statSync(join(demoDir, demoFile)).mtimeMs).toBe(seededAt);
    second.child.kill('SIGTERM');
    expect(await exitOf(second.child)).toBe(0);
  });

  it('recovers from kill -9: the next start stops the orphaned servers and comes up', async () => {
    const dataDir = join(dir, 'killed');
    const first = await start(dataDir);
    await waitHealthy(first);
    const orphans = descendants(first.child.pid as number);
    first.child.kill('SIGKILL');
    await exitOf(first.child);

    const second = await start(dataDir);
    await waitHealthy(second);
    for (const pid of orphans) expect(isProcessAlive(pid)).toBe(false);
    const servers = descendants(second.child.pid as number);
    second.child.kill('SIGTERM');
    expect(await exitOf(second.child)).toBe(0);
    for (const pid of servers) expect(await waitForExit(pid, 5_000)).toBe(true);
  });
  it('with the default settings listens on 127.0.0.1 only, and shows the dev mailbox to loopback callers only', async () => {
    const running = await start(join(dir, 'loopback'), { SEED_DEMO: 'false' });
    try {
      await waitHealthy(running);
      expect(listeningAddresses(running.port)).toEqual(['127.0.0.1']);
      expect((await fetch(`${running.baseUrl}/dev/mail`)).status).toBe(200);
      // Forwarded by a proxy on this machine: not the person at the machine, even over loopback.
      const proxied = await fetch(`${running.baseUrl}/dev/mail`, { headers: { 'x-forwarded-for': '127.0.0.1' } });
      expect(proxied.status).toBe(404);
    } finally {
      running.child.kill('SIGTERM');
      await exitOf(running.child);
    }
  });

  it('keeps DATA_DIR, its secrets, mails and data books private to the service user', async () => {
    // An older version left DATA_DIR 0755 and the key 0644: both are tightened at start.
    const dataDir = join(dir, 'private');
    await mkdir(dataDir, { recursive: true });
    await chmod(dataDir, 0o755);
    const key = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718';
    await writeFile(join(dataDir, 'meilisearch.key'), `${key}\n`, { mode: 0o644 });
    await chmod(join(dataDir, 'meilisearch.key'), 0o644);
    const running = await start(dataDir);
    try {
      await waitHealthy(running);
      const root = process.getuid?.() === 0;
      // As root the `postgres` group may pass through DATA_DIR to its data (0710), nothing more.
      expect(modeOf(dataDir)).toBe(root ? 0o710 : 0o700);
      for (const secret of ['runtime.json', 'meilisearch.key', 'session-secret', 'postgres.password'])
        expect([secret, modeOf(join(dataDir, secret))]).toEqual([secret, 0o600]);
      for (const sub of ['meilisearch', 'postgres']) expect(modeOf(join(dataDir, sub)) & 0o077).toBe(0);

      // The Meilisearch master key is in the child's environment, not on its command line (ps).
      const meili = childNamed(running.child.pid as number, 'meilisearch') as number;
      expect(commandLine(meili)).toContain('--db-path');
      expect(commandLine(meili)).not.toContain(key);
      expect(readFileSync(`/proc/${meili}/environ`, 'utf8').split('\0')).toContain(`MEILI_MASTER_KEY=${key}`);

      // A password-reset mail (it holds a sign-in link) is written 0600.
      const reset = await fetch(`${running.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { requestPasswordReset(email: "staff@demo.tsunagu.jp") }' }),
      });
      expect(await reset.json()).toEqual({ data: { requestPasswordReset: true } });
      const mailDir = join(dataDir, 'mail');
      let mails: string[] = [];
      for (let i = 0; i < 100 && !mails.length; i++) {
        mails = (await readdir(mailDir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml'));
        if (!mails.length) await new Promise((r) => setTimeout(r, 200));
      }
      expect(mails.length).toBeGreaterThan(0);
      expect(modeOf(mailDir)).toBe(0o700);
      for (const mail of mails) expect(modeOf(join(mailDir, mail))).toBe(0o600);

      // A data book (NPO contacts) made by the CLI beside the running product is 0600.
      const out = join(dir, 'book.pdf');
      const book = await runCli(['databook', '--out', out], { DATA_DIR: dataDir }).done;
      expect([book.code, book.stderr.split('\n').filter((l) => /エラー|error/i.test(l))]).toEqual([0, []]);
      expect(modeOf(out)).toBe(0o600);
    } finally {
      running.child.kill('SIGTERM');
      await exitOf(running.child);
    }
  });
});
