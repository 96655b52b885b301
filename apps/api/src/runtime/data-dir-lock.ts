import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isProcessAlive } from './process.util';

export class DataDirInUseError extends Error {}

export interface DataDirLock {
  release(): Promise<void>;
}

const LOCK_FILE = 'tsunagu.pid';

/**
 * One product per DATA_DIR. Without this, a second `npm start` on the same directory would take
 * the first one's PostgreSQL for a leftover of a kill -9 and stop it. A lock whose owner is gone
 * (kill -9, power loss) is stale and taken over.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx', 0o600);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return {
        release: async () => {
          if ((await ownerOf(file)) === process.pid) await rm(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = await ownerOf(file);
    if (owner !== undefined && owner !== process.pid && isProcessAlive(owner)) {
      throw new DataDirInUseError(
        `DATA_DIR ${dataDir} is already used by another tsunagu (pid ${owner}); stop it, or start with another DATA_DIR and PORT`,
      );
    }
    await rm(file, { force: true });
  }
  throw new DataDirInUseError(`could not lock DATA_DIR ${dataDir}`);
}

async function ownerOf(file: string): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(file, 'utf8')).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
