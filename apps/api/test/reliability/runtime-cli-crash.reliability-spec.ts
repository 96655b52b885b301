import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isProcessAlive, waitForExit } from '../../src/runtime/process.util';
import { CLI, exitOf, runCli } from '../runtime-process';

/**
 * A CLI command that starts its own embedded PostgreSQL and Meilisearch (no product running)
 * must not leave them behind, however it ends: a crash (uncaught exception, unhandled
 * rejection), a signal, or kill -9 (then the next start reaps them).
 *
 * The crash is injected from outside the product: `node --require crash-hook.cjs` throws (or
 * rejects) in the CLI process a moment after both servers are up, in the middle of the command.
 */
const CRASH_HOOK = `
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const dir = process.env.DATA_DIR;
const running = (name) => {
  try {
    process.kill(Number(readFileSync(join(dir, name + '.pid'), 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
};
const timer = setInterval(() => {
  if (!running('postgres') || !running('meilisearch')) return;
  clearInterval(timer);
  setTimeout(() => {
    if (process.env.TEST_CRASH === 'rejection') Promise.reject(new Error('boom (test crash)'));
    else throw new Error('boom (test crash)');
  }, 300);
}, 20);
timer.unref();
`;

function serverPids(dataDir: string): { postgres: number; meilisearch: number } | undefined {
  const read = (name: string) => {
    const file = join(dataDir, `${name}.pid`);
    return existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : undefined;
  };
  const postgres = read('postgres');
  const meilisearch = read('meilisearch');
  return postgres && meilisearch ? { postgres, meilisearch } : undefined;
}

async function waitForServers(dataDir: string, timeoutMs = 60_000): Promise<{ postgres: number; meilisearch: number }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const pids = serverPids(dataDir);
    if (pids && isProcessAlive(pids.postgres) && isProcessAlive(pids.meilisearch)) return pids;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the CLI did not start its servers');
}

describe('a CLI command that dies takes its embedded servers with it', () => {
  let dir: string;
  let dataDir: string;
  let hook: string;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build the API first`);
    dir = await mkdtemp(join(tmpdir(), 'tsunagu-cli-crash-'));
    dataDir = join(dir, 'data');
    hook = join(dir, 'crash-hook.cjs');
    await writeFile(hook, CRASH_HOOK);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  for (const crash of ['uncaught exception', 'unhandled rejection'] as const) {
    it(`${crash} in the middle of a command: exit 1 with the reason on stderr, and its PostgreSQL and Meilisearch are gone within seconds`, async () => {
      const run = runCli(
        ['reindex'],
        { DATA_DIR: dataDir, TEST_CRASH: crash === 'unhandled rejection' ? 'rejection' : 'throw' },
        { nodeArgs: ['--require', hook] },
      );
      const pids = await waitForServers(dataDir);
      const done = await run.done;
      expect(done.code).toBe(1);
      expect(done.stderr).toContain(`${crash}: boom (test crash)`);
      expect(done.stdout).toBe('');
      expect(await waitForExit(pids.postgres, 10_000)).toBe(true);
      expect(await waitForExit(pids.meilisearch, 10_000)).toBe(true);
    });
  }

  it('SIGTERM in the middle of a command: its servers are stopped before it exits', async () => {
    const run = runCli(['reindex'], { DATA_DIR: dataDir });
    const pids = await waitForServers(dataDir);
    run.child.kill('SIGTERM');
    expect((await run.done).code).toBe(143); // 128 + SIGTERM
    expect(isProcessAlive(pids.postgres)).toBe(false);
    expect(isProcessAlive(pids.meilisearch)).toBe(false);
  });

  it('kill -9 of the command: the next command reaps the servers it left, and works', async () => {
    const run = runCli(['reindex'], { DATA_DIR: dataDir });
    const orphans = await waitForServers(dataDir);
    run.child.kill('SIGKILL');
    await exitOf(run.child);
    expect(isProcessAlive(orphans.postgres)).toBe(true); // nothing can run after kill -9

    const next = await runCli(['reindex'], { DATA_DIR: dataDir }).done;
    expect([next.code, next.stderr]).toEqual([0, expect.not.stringContaining('エラー')]);
    expect(JSON.parse(next.stdout.trim())).toEqual({ npos: 0, needs: 0 });
    expect(isProcessAlive(orphans.postgres)).toBe(false);
    expect(isProcessAlive(orphans.meilisearch)).toBe(false);
  });

  it('a recorded pid that is not our server (pid reused by another program) is left alone', async () => {
    const stranger = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      await writeFile(join(dataDir, 'meilisearch.pid'), `${stranger.pid}\n`);
      await writeFile(join(dataDir, 'postgres.pid'), `${stranger.pid}\n`);
      const next = await runCli(['reindex'], { DATA_DIR: dataDir }).done;
      expect(next.code).toBe(0);
      expect(isProcessAlive(stranger.pid as number)).toBe(true);
    } finally {
      stranger.kill('SIGKILL');
    }
  });
});
