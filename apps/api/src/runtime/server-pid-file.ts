import { readFile, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Logger } from 'pino';
import { isProcessAlive, terminate, waitForExit } from './process.util';

/** What identifies one of our embedded servers among the machine's processes. */
export interface ServerIdentity {
  /** for the logs: "PostgreSQL", "Meilisearch" */
  readonly label: string;
  /** the executable's file name, e.g. `postgres`, `meilisearch` */
  readonly binary: string;
  /** a path that only this DATA_DIR's server has on its command line (its data directory) */
  readonly dataPath: string;
  /** the signal that shuts it down cleanly (PostgreSQL: SIGINT = fast shutdown) */
  readonly stopSignal: NodeJS.Signals;
}

/**
 * Each embedded server's pid is written beside its data (`DATA_DIR/<server>.pid`) the moment it is
 * spawned, so that a start after a kill -9 (of the product or of a CLI command) can find and stop
 * the servers that were left running, before it starts its own on the same data.
 */
export async function recordServerPid(file: string, pid: number): Promise<void> {
  await writeFile(file, `${pid}\n`, { mode: 0o600 });
}

export async function forgetServerPid(file: string, pid?: number): Promise<void> {
  if (pid !== undefined && (await readPid(file)) !== pid) return;
  await rm(file, { force: true });
}

/**
 * Stops a server that an earlier process started on the same data and left behind. A pid is only
 * trusted when /proc shows it is really that server for that data directory: pids are reused, and
 * killing a stranger's process would be far worse than a failed start.
 */
export async function reapLeftoverServer(
  pidFiles: readonly string[],
  identity: ServerIdentity,
  logger: Logger,
): Promise<void> {
  for (const file of pidFiles) {
    const pid = await readPid(file);
    if (pid !== undefined && pid !== process.pid && isProcessAlive(pid) && (await isOurServer(pid, identity))) {
      logger.warn(
        { pid, dataPath: identity.dataPath },
        `stopping a ${identity.label} left running by an earlier start`,
      );
      await terminate(pid, identity.stopSignal, 20_000);
      await waitForExit(pid, 5_000);
    }
  }
}

/** true when /proc/<pid>/cmdline is `…/<binary> … <dataPath> …` */
export async function isOurServer(pid: number, identity: ServerIdentity): Promise<boolean> {
  let argv: string[];
  try {
    argv = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').filter(Boolean);
  } catch {
    return false;
  }
  if (!argv.length || basename(argv[0]) !== identity.binary) return false;
  return argv.slice(1).some((arg) => arg === identity.dataPath || arg.endsWith(`=${identity.dataPath}`));
}

async function readPid(file: string): Promise<number | undefined> {
  try {
    // postmaster.pid holds more lines: the pid is the first
    const pid = Number((await readFile(file, 'utf8')).split('\n')[0].trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
