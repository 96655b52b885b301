import { DataSource } from 'typeorm';
import { DEMO_ONLINE_NEWS_NEED } from '../../src/seeds/demo-schemes.step';
import { DemoSeeder } from '../../src/seeds/demo-seeder';
import { SessionClient } from '../accounts/session-client';
import { type TestApp, startTestApp } from '../test-services';

/** The demo data as `npm start` seeds it: three city schemes, and the online-news need gets one. */
describe('demo schemes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(DemoSeeder).seed();
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('suggests 課題解決型地域づくり事業 for the demo need about putting the 自治会’s news online', async () => {
    const db = t.app.get(DataSource);
    const names = (await db.query(`SELECT name FROM support_scheme ORDER BY name`)).map(
      (r: { name: string }) => r.name,
    );
    expect(names).toEqual(['まちづくり専門家派遣', 'マンション管理士派遣', '課題解決型地域づくり事業'].sort());
    const [need] = await db.query(`SELECT id FROM need WHERE title = $1`, [DEMO_ONLINE_NEWS_NEED.title]);
    const officer = await new SessionClient(t.baseUrl).signIn('officer@demo.tsunagu.jp', 'demo-officer-2026');
    const r = await officer.gql<{ matchSchemesForNeed: Array<{ scheme: { name: string }; reasons: string[] }> }>(
      `query($n: ID!) { matchSchemesForNeed(needId: $n) { scheme { name } reasons } }`,
      { n: need.id },
    );
    const found = r.data!.matchSchemesForNeed;
    expect(found[0]?.scheme.name).toBe('課題解決型地域づくり事業');
    expect(found.map((m) => m.scheme.name)).not.toContain('マンション管理士派遣');
    expect(found[0]?.reasons.length).toBeGreaterThan(0);
  });

  it('adds nothing twice when the seeder runs again', async () => {
    await t.app.get(DemoSeeder).seed();
    const [{ count }] = await t.app.get(DataSource).query(`SELECT count(*)::int AS count FROM support_scheme`);
    expect(count).toBe(3);
  });
});
