// Time from `node main.js` (what `npm start` runs after its build step) to a usable product:
// the home page AND /health both answer 200. Compared, in the same run, with the reference of
// the embedded PostgreSQL + Meilisearch alone (their start is the floor of what we can do).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const main = join(root, 'dist/apps/api/apps/api/src/main.js');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function until(check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
}

async function timeProductStart(dataDir) {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', SEED_DEMO: 'true' },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(`${base}/health`)).ok && (await fetch(`${base}/`)).ok, 120_000);
  const ms = performance.now() - t0;
  const stopped = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await stopped;
  return ms;
}

async function timeServicesOnly(dataDir) {
  // The reference: the same embedded servers through the same runner code, nothing else.
  const t0 = performance.now();
  const script = `
    const pino = require('pino');
    const { startBackingServices } = require(${JSON.stringify(join(root, 'dist/apps/api/apps/api/src/runtime/backing-services.js'))});
    const { loadAppConfig } = require(${JSON.stringify(join(root, 'dist/apps/api/libs/shared/api-core/src/index.js'))});
    (async () => { const s = await startBackingServices(loadAppConfig({ DATA_DIR: ${JSON.stringify(dataDir)} }), pino({ level: 'warn' }));
      process.stdout.write('up'); await s.stop(); })();`;
  await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', () => resolve(undefined));
    child.once('exit', (code) => (code ? reject(new Error(`reference exited ${code}`)) : undefined));
  });
  return performance.now() - t0;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async function run() {
  const rows = { firstStart: [], warmRestart: [], servicesOnlyWarm: [] };
  for (let i = 0; i < ROUNDS; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-bench-'));
    try {
      rows.firstStart.push(await timeProductStart(join(dir, 'data')));
      rows.warmRestart.push(await timeProductStart(join(dir, 'data')));
      rows.servicesOnlyWarm.push(await timeServicesOnly(join(dir, 'data')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const summary = Object.fromEntries(
    Object.entries(rows).map(([k, xs]) => [k, { medianMs: Math.round(median(xs)), runsMs: xs.map(Math.round) }]),
  );
  summary.overheadOverServicesMs = summary.warmRestart.medianMs - summary.servicesOnlyWarm.medianMs;
  console.log('\nstartup (node main.js → home page and /health answer), median of', ROUNDS);
  console.table(
    Object.fromEntries(
      Object.entries(rows).map(([k, xs]) => [
        k,
        { 'median s': (median(xs) / 1000).toFixed(2), runs: xs.map((x) => (x / 1000).toFixed(1)).join(' ') },
      ]),
    ),
  );
  console.log(
    `app overhead over the embedded servers alone (warm): ${(summary.overheadOverServicesMs / 1000).toFixed(2)} s; target: usable in < 20 s`,
  );
  writeFileSync(
    join(root, 'bench/results/startup.json'),
    JSON.stringify({ measuredAt: new Date().toISOString(), rounds: ROUNDS, ...summary }, null, 2),
  );
}
