import { randomBytes } from 'node:crypto';
import { chmod, rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes a file that holds a secret (keys, passwords, database URLs) readable by the service user
 * only. `mode` on writeFile applies to new files alone, so an existing file of looser mode (an
 * older version, a copy) would keep it: the data goes to a fresh 0600 file that replaces the old
 * one in one rename.
 */
export async function writePrivateFile(file: string, data: string): Promise<void> {
  const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, data, { mode: 0o600, flag: 'wx' });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Tightens a secret file kept from an earlier start (e.g. written before the umask was set). */
export async function keepPrivate(file: string): Promise<void> {
  await chmod(file, 0o600);
}
