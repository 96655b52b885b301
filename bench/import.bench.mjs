// Import of a generated 60,000-row national file (CP932 CSV in a ZIP, like gyousei_000.zip) with
// `import-npos`, end to end until everything is searchable (the CLI waits for the index), on a
// fresh DATA_DIR (the CLI starts the embedded PostgreSQL and Meilisearch itself); then the same
// file again. Targets: ≤ 90 s and ≤ 500 MB for the importer (the node process).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processTree, rssKb } from './bench-util.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 60_000);

function runImport(zip, dataDir) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [join(root, 'dist/apps/api/apps/api/src/cli/main.js'), 'import-npos', zip], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    let nodePeak = 0;
    let treePeak = 0;
    const sampler = setInterval(() => {
      nodePeak = Math.max(nodePeak, rssKb(child.pid));
      treePeak = Math.max(
        treePeak,
        processTree(child.pid).reduce((sum, pid) => sum + rssKb(pid), 0),
      );
    }, 200);
    child.once('exit', (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`import-npos exited ${code}: ${stderr.slice(-500)}`));
      resolve({
        seconds: (performance.now() - t0) / 1000,
        nodePeakMb: Math.round(nodePeak / 1024),
        treePeakMb: Math.round(treePeak / 1024),
        summary: JSON.parse(stdout.trim().split('\n').pop()),
      });
    });
  });
}

export default async function run() {
  const { buildNationalOpenDataZip } = requireNational();
  const t0 = performance.now();
  const { zip, rowCount } = buildNationalOpenDataZip({ count: ROWS });
  const generateSeconds = (performance.now() - t0) / 1000;
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-bench-import-'));
  const file = join(dir, 'gyousei_000.zip');
  writeFileSync(file, zip);
  const dataDir = join(dir, 'data');

  const first = await runImport(file, dataDir);
  const again = await runImport(file, dataDir);
  // The search benchmark reuses this DATA_DIR (60,000 NPOs indexed) when run in the same process.
  globalThis.__tsunaguNationalDataDir = dataDir;

  const result = {
    measuredAt: new Date().toISOString(),
    rows: rowCount,
    zipMb: +(zip.length / 1024 / 1024).toFixed(1),
    generateSeconds: +generateSeconds.toFixed(1),
    firstImport: { ...first, seconds: +first.seconds.toFixed(1) },
    reimport: { ...again, seconds: +again.seconds.toFixed(1) },
    targets: { seconds: 90, importerMb: 500 },
  };
  writeFileSync(join(root, 'bench/results/import.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `\nimport of a ${rowCount.toLocaleString()}-row national file (${result.zipMb} MB zip), fresh DATA_DIR, until searchable`,
  );
  console.table({
    'first import': {
      seconds: result.firstImport.seconds,
      'importer peak MB': first.nodePeakMb,
      'with servers MB': first.treePeakMb,
      inserted: first.summary.inserted,
    },
    're-import (same file)': {
      seconds: result.reimport.seconds,
      'importer peak MB': again.nodePeakMb,
      'with servers MB': again.treePeakMb,
      inserted: again.summary.inserted,
    },
  });
  const ok = first.seconds <= 90 && first.nodePeakMb <= 500;
  console.log(
    `${ok ? 'OK' : 'MISSED'}: ${result.firstImport.seconds} s (target ≤ 90 s), importer ${first.nodePeakMb} MB (target ≤ 500 MB); Meilisearch and PostgreSQL add ${first.treePeakMb - first.nodePeakMb} MB`,
  );
}

function requireNational() {
  return require(join(root, 'dist/apps/api/libs/npo/open-data/src/index.js'));
}
