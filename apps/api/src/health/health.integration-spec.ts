import { Client } from 'pg';
import { findFreePort } from '../runtime/process.util';
import { startTestApp, type TestApp } from '../../test/test-services';

async function graphql(app: TestApp, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    res,
    body: (await res.json()) as { data?: Record<string, unknown>; errors?: Array<Record<string, unknown>> },
  };
}

describe('Health (real PostgreSQL and Meilisearch)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('GET /health reports both services up', async () => {
    const res = await fetch(`${app.baseUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', postgres: 'up', meilisearch: 'up' });
  });

  it('answers the GraphQL health query', async () => {
    const { body } = await graphql(app, '{ health { status postgres meilisearch } }');
    expect(body).toEqual({ data: { health: { status: 'ok', postgres: 'up', meilisearch: 'up' } } });
  });

  it('ran the migrations at start-up (synchronize is never used)', async () => {
    const client = new Client({ connectionString: app.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
      expect(rows.map((r) => r.name)).toContain('CreateDemoSeed1764000000000');
      await expect(client.query('SELECT count(*) FROM demo_seed')).resolves.toBeTruthy();
    } finally {
      await client.end();
    }
  });

  it('gives every response a request id and keeps a caller-supplied one', async () => {
    const fresh = await fetch(`${app.baseUrl}/health`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(`${app.baseUrl}/health`, { headers: { 'x-request-id': 'city-lb-42' } });
    expect(kept.headers.get('x-request-id')).toBe('city-lb-42');
  });

  it('refuses a GraphQL GET that could be a cross-site request (CSRF prevention)', async () => {
    const res = await fetch(`${app.baseUrl}/graphql?query=${encodeURIComponent('{ health { status } }')}`);
    expect(res.status).toBe(400);
  });

  it('reports an invalid query with a code and without a stack trace', async () => {
    const { body } = await graphql(app, '{ noSuchField }');
    expect(body.errors?.[0]?.['extensions']).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});

describe('Health while Meilisearch is unreachable', () => {
  let app: TestApp;

  beforeAll(async () => {
    // A port nobody listens on: the app must still start, because PostgreSQL is the record.
    app = await startTestApp({ meiliUrl: `http://127.0.0.1:${await findFreePort()}` });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers 503 and names the failing part', async () => {
    const res = await fetch(`${app.baseUrl}/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'degraded', postgres: 'up', meilisearch: 'down' });
  });
});
