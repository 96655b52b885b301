import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writePrivateFile } from './private-file';
import { isProcessAlive } from './process.util';

/** Where a running product's servers listen, so the CLI can work beside `npm start`. */
export interface RuntimeInfo {
  readonly pid: number;
  readonly databaseUrl: string;
  readonly meiliUrl: string;
  readonly meiliMasterKey?: string;
}

const FILE = 'runtime.json';

// Holds the database URL with its password and the Meilisearch master key: 0600.
export async function writeRuntimeInfo(dataDir: string, info: RuntimeInfo): Promise<void> {
  await writePrivateFile(join(dataDir, FILE), JSON.stringify(info));
}

export async function removeRuntimeInfo(dataDir: string): Promise<void> {
  await rm(join(dataDir, FILE), { force: true });
}

/** The running product's servers, or undefined when no product runs on this DATA_DIR. */
export async function readRuntimeInfo(dataDir: string): Promise<RuntimeInfo | undefined> {
  try {
    const info = JSON.parse(await readFile(join(dataDir, FILE), 'utf8')) as RuntimeInfo;
    return isProcessAlive(info.pid) ? info : undefined;
  } catch {
    return undefined;
  }
}
