import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort, isProcessAlive, waitForExit } from './process.util';

/**
 * The product as `npm start` runs it (the built dist/…/main.js, own embedded PostgreSQL and
 * Meilisearch): it starts, stops on SIGTERM leaving no process behind, keeps its data across
 * restarts, and recovers from a `kill -9` that orphaned its servers.
 */
const MAIN = join(process.cwd(), 'dist/apps/api/apps/api/src/main.js');

interface Running {
  readonly child: ChildProcess;
  readonly baseUrl: string;
  readonly stderr: () => string;
}

function descendants(pid: number): number[] {
  const children = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        // /proc/<pid>/stat: "pid (comm) state ppid …" — comm may hold spaces, so split after ')'
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
  return children.flatMap((c) => [c, ...descendants(c)]);
}

async function start(dataDir: string, env: Record<string, string> = {}): Promise<Running> {
  const port = await findFreePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  return { child, baseUrl: `http://127.0.0.1:${port}`, stderr: () => stderr };
}

async function waitHealthy(running: Running, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null) throw new Error(`product exited: ${running.stderr()}`);
    try {
      if ((await fetch(`${running.baseUrl}/health`)).ok) return;
    } catch {
      /* not yet listening */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`product not healthy within ${timeoutMs} ms: ${running.stderr()}`);
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((r) => child.once('exit', (code) => r(code)));
}

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
});
