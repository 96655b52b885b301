// searchNpos over GraphQL against the very same Meilisearch multi-search sent straight to
// Meilisearch, interleaved in one run, with 60,000 NPOs indexed (the import benchmark's
// DATA_DIR, or a fresh import). Targets: p95 ≤ 1.5 × direct and < 30 ms.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, percentile, until } from './bench-util.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 12);

// What residents and staff type, with the filters the page offers.
const INPUTS = [
  { query: '子ども食堂' },
  { query: 'こども' },
  { query: '子供' },
  { query: '防災' },
  { query: '高齢者 見守り' },
  { query: 'お年寄り' },
  { query: 'スマホ' },
  { query: 'スマートフォン 講座' },
  { query: '環境' },
  { query: '国際交流' },
  { query: '障がい 就労' },
  { query: 'まちづくり' },
  { query: '祭り' },
  { query: '清掃' },
  { query: 'ひとり親' },
  { query: 'こくら' },
  { query: 'わかまつ' },
  { query: 'ぼうさい' },
  { query: '子育て', wards: ['八幡西区'] },
  { query: '見守り', wards: ['小倉北区', '小倉南区'] },
  { query: '', wards: ['戸畑区'] },
  { query: '', fields: [13] },
  { query: '', fields: [8, 9] },
  { query: '', certifiedOnly: true },
  { query: '', sort: 'NAME_KANA' },
  { query: '子ども', page: 2 },
  { query: '', sort: 'ESTABLISHED_DESC', wards: ['門司区'] },
  { query: '講師' },
  { query: '文化 芸術' },
  { query: 'NPO', includeOutsideCity: true },
];
const DEFAULTS = {
  certifiedOnly: false,
  includeInactive: false,
  includeOutsideCity: false,
  sort: 'RELEVANCE',
  page: 1,
  pageSize: 20,
};
const QUERY = `query($input: SearchNposInput!) { searchNpos(input: $input) {
  total hits { npo { id name nameKana ward fields certified status purpose programmes claimed } highlights { field snippet } }
  facets { wards { value count } fields { value count } } } }`;

export default async function run() {
  let dataDir = globalThis.__tsunaguNationalDataDir;
  if (!dataDir) {
    const { default: importBench } = await import('./import.bench.mjs');
    await importBench();
    dataDir = globalThis.__tsunaguNationalDataDir;
  }
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/apps/api/src/main.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await until(async () => (await fetch(`${base}/health`)).ok, 60_000);
    const runtime = JSON.parse(readFileSync(join(dataDir, 'runtime.json'), 'utf8'));
    // The exact body searchNpos sends, built by the product's own code.
    const { NpoSearchService } = require(join(root, 'dist/apps/api/libs/npo/api/src/index.js'));
    const { JapaneseAnalyser } = require(join(root, 'dist/apps/api/libs/language/api/src/index.js'));
    const analyser = new JapaneseAnalyser();
    await analyser.ready();
    const builder = new NpoSearchService({ indexUid: (name) => `tsunagu_${name}` }, null, null, analyser, {
      cityName: '北九州市',
    });

    // Both sides go through the same HTTP client (the product's: kept-alive, no-delay sockets;
    // Node's fetch adds ~40 ms per call on these machines and would blur the comparison).
    const { nodeHttpClient } = require(join(root, 'dist/apps/api/libs/search/api/src/index.js'));
    const meili = nodeHttpClient(5_000);
    const viaGraphql = async (input) => {
      const t0 = performance.now();
      const body = await meili(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY, variables: { input } }),
      });
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return performance.now() - t0;
    };
    const direct = async (input) => {
      const t0 = performance.now();
      await meili(`${runtime.meiliUrl}/multi-search`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${runtime.meiliMasterKey}` },
        body: JSON.stringify({ queries: builder.buildQueries({ ...DEFAULTS, ...input }) }),
      });
      return performance.now() - t0;
    };

    const times = { graphql: [], direct: [] };
    for (let round = 0; round < ROUNDS + 2; round++) {
      for (const input of INPUTS) {
        const g = await viaGraphql({ ...DEFAULTS, ...input });
        const d = await direct(input);
        if (round >= 2) {
          times.graphql.push(g);
          times.direct.push(d);
        }
      }
    }
    const stats = (list) => ({
      n: list.length,
      p50: +percentile(list, 50).toFixed(2),
      p95: +percentile(list, 95).toFixed(2),
      p99: +percentile(list, 99).toFixed(2),
    });
    const result = {
      measuredAt: new Date().toISOString(),
      npos: (
        await (
          await fetch(`${base}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              query: '{ searchNpos(input: { includeInactive: true, includeOutsideCity: true }) { total } }',
            }),
          })
        ).json()
      ).data.searchNpos.total,
      graphql: stats(times.graphql),
      direct: stats(times.direct),
      targets: { p95Ratio: 1.5, p95Ms: 30 },
    };
    result.p95Ratio = +(result.graphql.p95 / result.direct.p95).toFixed(2);
    writeFileSync(join(root, 'bench/results/search.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(
      `\nsearchNpos with ${result.npos.toLocaleString()} NPOs indexed: ${INPUTS.length} queries × ${ROUNDS} rounds, interleaved (ms)`,
    );
    console.table({ 'GraphQL searchNpos': result.graphql, 'Meilisearch direct (same multi-search)': result.direct });
    const ok = result.p95Ratio <= 1.5 && result.graphql.p95 < 30;
    console.log(
      `${ok ? 'OK' : 'MISSED'}: p95 ${result.graphql.p95} ms (target < 30), ${result.p95Ratio}× direct (target ≤ 1.5×)`,
    );
  } finally {
    const stopped = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await stopped;
  }
}
