import { randomUUID } from 'node:crypto';
import { SessionClient, errorCode } from '../accounts/session-client';
import { type TestApp, startTestApp } from '../test-services';

/** The cost limit as the running API applies it (the rule itself: query-cost.rule.spec.ts). */
describe('GraphQL cost limit of the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses one request with 130 aliased matchNposForNeed before running any, with a plain message', async () => {
    const needId = randomUUID();
    const aliases = Array.from({ length: 130 }, (_, i) => `m${i}: matchNposForNeed(needId: "${needId}") { score }`);
    const started = Date.now();
    const r = await new SessionClient(t.baseUrl).gql(`{ ${aliases.join(' ')} }`);
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toBe('一度に頼む内容が多すぎます。分けて送ってください。');
    expect(r.data ?? null).toBeNull();
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('still answers an ordinary request with a few aliases', async () => {
    const r = await new SessionClient(t.baseUrl).gql(`{ a: health { postgres } b: health { meilisearch } }`);
    expect(r.errors).toBeUndefined();
  });
});
