import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { NPO_INDEX, NpoImportService } from '@tsunagu/npo/api';
import { OPEN_DATA_COLUMN as C } from '@tsunagu/npo/open-data';
import { SearchEngineService, SearchOutboxWorker, SearchReindexer } from '@tsunagu/search/api';
import { type RunningMeilisearch, startEmbeddedMeilisearch } from '../../src/runtime/embedded-meilisearch.runner';
import { findFreePort } from '../../src/runtime/process.util';
import { type TestApp, startTestApp } from '../test-services';
import { gql } from './graphql-client';
import { OpenDataFixture } from './open-data-fixture';

const COUNT = `query($q: String) { searchNpos(input: { query: $q }) { total } }`;

/**
 * PostgreSQL is the record; the index follows through the outbox. This file runs its own
 * Meilisearch so it can stop it and start it again under the running app.
 */
describe('search index follows PostgreSQL', () => {
  const logger = pino({ level: 'warn' });
  let dir: string;
  let port: number;
  let meili: RunningMeilisearch;
  let t: TestApp;
  let fixture: OpenDataFixture;
  const total = async (q = '') =>
    (await gql<{ searchNpos: { total: number } }>(t.baseUrl, COUNT, { q })).data?.searchNpos.total;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'outbox-meili-'));
    port = await findFreePort();
    meili = await startEmbeddedMeilisearch(join(dir, 'meilisearch'), logger, { port });
    t = await startTestApp({ meiliUrl: meili.url, meiliMasterKey: meili.masterKey });
    fixture = await OpenDataFixture.create();
  });
  afterAll(async () => {
    await t?.close();
    await meili?.stop();
  });

  it('catches up on its own after a Meilisearch outage, losing nothing', async () => {
    const imports = t.app.get(NpoImportService);
    const worker = t.app.get(SearchOutboxWorker);
    const rows = fixture.rows({ count: 60, outsideCityCount: 0, seed: 5, dissolvedRatio: 0 });
    await imports.importFile({
      filePath: await fixture.zip('first', rows),
      fileName: 'first.zip',
      source: 'CLI',
      startedBy: 'test',
    });
    await worker.drain();
    const before = await total();
    expect(before).toBeGreaterThan(40);

    await meili.stop();
    const withNew = rows.map((r) => [...r]);
    const added = [...rows[0]];
    added[C.name] = '停電中に登録された防災の会';
    added[C.corporateNumber] = '';
    withNew.push(added);
    // The record accepts the change while the index is down.
    const summary = await imports.importFile({
      filePath: await fixture.zip('during-outage', withNew),
      fileName: 'during-outage.zip',
      source: 'CLI',
      startedBy: 'test',
    });
    expect(summary).toMatchObject({ status: 'SUCCEEDED', inserted: 1 });
    expect(await worker.pending()).toBeGreaterThan(0);
    const down = await gql(t.baseUrl, COUNT, { q: '停電中' });
    expect(down.errors?.[0].extensions?.['code']).toBe('SERVICE_UNAVAILABLE');

    meili = await startEmbeddedMeilisearch(join(dir, 'meilisearch'), logger, { port });
    // No one calls drain: the worker's own retry loop must bring the index up to date.
    const deadline = Date.now() + 45_000;
    while ((await worker.pending()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(await worker.pending()).toBe(0);
    expect(await total('停電中')).toBe(1);
    expect(await total()).toBe((before ?? 0) + 1);
  });

  it('rebuilds the index from PostgreSQL and swaps it in: search never sees an empty index', async () => {
    const engine = t.app.get(SearchEngineService);
    const reindexer = t.app.get(SearchReindexer);
    await t.app.get(SearchOutboxWorker).drain();
    const [{ expected }] = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS expected FROM npo WHERE status = 'ACTIVE' AND city = '北九州市'`);
    expect(await total()).toBe(expected);

    let rebuilding = true;
    const seen: Array<number | undefined> = [];
    const rebuild = reindexer.rebuild(NPO_INDEX).finally(() => (rebuilding = false));
    while (rebuilding) seen.push(await total());
    expect(await rebuild).toBeGreaterThanOrEqual(expected);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set([expected]));

    // A damaged index (documents lost outside our control) is repaired the same way.
    await engine.client.index(engine.indexUid(NPO_INDEX)).deleteAllDocuments().waitTask();
    expect(await total()).toBe(0);
    await reindexer.rebuild(NPO_INDEX);
    expect(await total()).toBe(expected);
    const { results } = await engine.client.getIndexes({ limit: 100 });
    expect(results.filter((i) => i.uid.startsWith(engine.indexUid(NPO_INDEX))).map((i) => i.uid)).toEqual([
      engine.indexUid(NPO_INDEX),
    ]);
  });
});
