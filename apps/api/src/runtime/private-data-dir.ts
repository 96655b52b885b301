import { chmod, mkdir, stat } from 'node:fs/promises';

/**
 * Files and directories the product creates are for the service user alone: DATA_DIR holds the
 * database, keys, uploaded files, mails with password-reset links and data books with contacts.
 * Set first thing in each entrypoint (the product and the CLI), so it covers every file written
 * by any module or library, and the embedded servers, which inherit it.
 */
export const PRIVATE_UMASK = 0o077;

/**
 * DATA_DIR made (or kept, when an older version left it 0755) private: 0700. As root, the group
 * search bit that the PostgreSQL runner gives the `postgres` group is left (see embedded-postgres.runner.ts).
 */
export async function makeDataDirPrivate(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const mode = (await stat(dataDir)).mode & 0o777;
  const wanted = 0o700 | (process.getuid?.() === 0 ? mode & 0o010 : 0);
  if (mode !== wanted) await chmod(dataDir, wanted);
}
