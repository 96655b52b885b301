import { randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppConfig } from '@tsunagu/shared/api-core';
import { keepPrivate, writePrivateFile } from '../runtime/private-file';

/**
 * SESSION_SECRET is required in production (the config refuses to start without it). On a
 * developer's machine one is generated once and kept in DATA_DIR, so sessions survive restarts.
 */
export async function resolveSessionSecret(config: AppConfig): Promise<string> {
  if (config.sessionSecret) return config.sessionSecret;
  const file = join(config.dataDir, 'session-secret');
  let secret: string;
  try {
    secret = (await readFile(file, 'utf8')).trim();
  } catch {
    await mkdir(config.dataDir, { recursive: true });
    secret = randomBytes(48).toString('base64url');
    await writePrivateFile(file, `${secret}\n`);
    return secret;
  }
  await keepPrivate(file);
  return secret;
}
