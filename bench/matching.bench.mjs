// matchNposForNeed over GraphQL with 60,000 NPOs indexed (the import benchmark's DATA_DIR, or a
// fresh import), against the very multi-search the engine sends, sent straight to Meilisearch,
// interleaved in one run. The needs are the 54 of the labelled set. Target: p95 < 50 ms.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, percentile, until } from './bench-util.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ROUNDS = Number(process.env.BENCH_MATCHING_ROUNDS ?? 6);
const QUERY = `query($id: ID!) { matchNposForNeed(needId: $id, limit: 10) { score reasons npo { id name ward fields } } }`;

export default async function run() {
  // BENCH_DATA_DIR: reuse a DATA_DIR that already holds the national file (skips the import).
  let dataDir = globalThis.__tsunaguNationalDataDir ?? process.env.BENCH_DATA_DIR;
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
  const { Client } = require('pg');
  let db;
  try {
    await until(async () => (await fetch(`${base}/health`)).ok, 60_000);
    const runtime = JSON.parse(readFileSync(join(dataDir, 'runtime.json'), 'utf8'));
    db = new Client({ connectionString: runtime.databaseUrl });
    await db.connect();
    // The labelled needs, posted by one verified group (straight into the record: the API
    // under test is matching, not posting).
    const set = JSON.parse(readFileSync(join(root, 'libs/matching/api/eval/labelled-needs.json'), 'utf8'));
    const {
      rows: [group],
    } = await db.query(
      `INSERT INTO community_group (name, kind, ward, status) VALUES ('bench group', 'JICHIKAI', '八幡西区', 'VERIFIED') RETURNING id`,
    );
    const needs = [];
    for (const need of set.needs) {
      const {
        rows: [row],
      } = await db.query(
        `INSERT INTO need (group_id, title, description, help_kind, ward, status, deadline, published_at)
         VALUES ($1, $2, $3, $4, $5, 'PUBLISHED', current_date + 30, now()) RETURNING id`,
        [group.id, need.title, need.description, need.helpKind, need.ward],
      );
      needs.push({ ...need, id: row.id });
    }

    // The exact multi-search the engine sends for each need, built by the product's own code.
    const matching = require(join(root, 'dist/apps/api/libs/matching/api/src/index.js'));
    const builder = new matching.TextRelevanceSearch({ indexUid: (name) => `tsunagu_${name}` });
    const { nodeHttpClient } = require(join(root, 'dist/apps/api/libs/search/api/src/index.js'));
    const http = nodeHttpClient(5_000);
    const viaGraphql = async (need) => {
      const t0 = performance.now();
      const body = await http(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY, variables: { id: need.id } }),
      });
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return performance.now() - t0;
    };
    const direct = async (need) => {
      const t0 = performance.now();
      await http(`${runtime.meiliUrl}/multi-search`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${runtime.meiliMasterKey}` },
        // The engine's one Meilisearch query (outside the city) for the need's title; the city's NPOs
        // are weighed in memory.
        body: JSON.stringify({
          queries: builder.buildQueries([{ kind: 'word', key: need.title, text: need.title, weight: 1 }]),
        }),
      });
      return performance.now() - t0;
    };

    const times = { graphql: [], direct: [] };
    for (let round = 0; round < ROUNDS + 1; round++) {
      for (const need of needs) {
        const g = await viaGraphql(need);
        const d = await direct(need);
        if (round >= 1) {
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
    const {
      rows: [{ count }],
    } = await db.query(`SELECT count(*)::int AS count FROM npo`);
    const result = {
      measuredAt: new Date().toISOString(),
      npos: count,
      needs: needs.length,
      graphql: stats(times.graphql),
      direct: stats(times.direct),
      targets: { p95Ms: 50 },
    };
    result.p95Ratio = +(result.graphql.p95 / result.direct.p95).toFixed(2);
    writeFileSync(join(root, 'bench/results/matching.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(
      `\nmatchNposForNeed with ${count.toLocaleString()} NPOs: ${needs.length} needs × ${ROUNDS} rounds, interleaved (ms)`,
    );
    console.table({
      'GraphQL matchNposForNeed': result.graphql,
      'Meilisearch direct (the same word queries)': result.direct,
    });
    const ok = result.graphql.p95 < 50;
    console.log(
      `${ok ? 'OK' : 'MISSED'}: p95 ${result.graphql.p95} ms (target < 50), ${result.p95Ratio}× the word queries alone`,
    );
  } finally {
    if (db) {
      await db.query(`DELETE FROM community_group WHERE name = 'bench group'`).catch(() => undefined);
      await db.end();
    }
    const stopped = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await stopped;
  }
}
