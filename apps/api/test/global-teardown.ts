import { rm } from 'node:fs/promises';
import { TEST_ENV } from './test-env.constant';

export default async function globalTeardown(): Promise<void> {
  const stops = (globalThis as { __tsunaguStops?: Array<() => Promise<void>> }).__tsunaguStops ?? [];
  await Promise.allSettled(stops.map((stop) => stop()));
  const dir = process.env[TEST_ENV.tmpDir];
  if (dir) await rm(dir, { recursive: true, force: true });
}
