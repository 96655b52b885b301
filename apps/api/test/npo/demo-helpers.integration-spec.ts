import { DataSource } from 'typeorm';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import { DEMO_ONLINE_NEWS_NEED } from '../../src/seeds/demo-schemes.step';
import { DemoSeeder } from '../../src/seeds/demo-seeder';
import { SessionClient } from '../accounts/session-client';
import { type TestApp, startTestApp } from '../test-services';

/** The demo as `npm start` seeds it: companies and university groups a newcomer meets on the online-news need. */
describe('demo helpers', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(DemoSeeder).seed();
    await t.app.get(SearchOutboxWorker).drain();
  }, 240_000);
  afterAll(async () => {
    await t?.close();
  });

  it('five companies and three university groups are verified, one registration waits for staff', async () => {
    const rows: Array<{ kind: string; status: string; n: number }> = await t.app
      .get(DataSource)
      .query(
        `SELECT kind, status, count(*)::int AS n FROM npo WHERE kind <> 'NPO' GROUP BY kind, status ORDER BY kind`,
      );
    expect(rows).toEqual([
      { kind: 'COMPANY', status: 'ACTIVE', n: 5 },
      { kind: 'OTHER', status: 'PENDING_REVIEW', n: 1 },
      { kind: 'UNIVERSITY', status: 'ACTIVE', n: 3 },
    ]);
    const staff = await new SessionClient(t.baseUrl).signIn('staff@demo.tsunagu.jp', 'demo-staff-2026');
    const pending = await staff.gql<{ pendingHelpers: Array<{ npo: { name: string }; registrantEmail: string }> }>(
      `{ pendingHelpers { npo { name } registrantEmail } }`,
    );
    expect(pending.data?.pendingHelpers).toEqual([
      { npo: { name: '若松ITボランティアの会' }, registrantEmail: 'helper@demo.tsunagu.jp' },
    ]);
  });

  it('the online-news need gets the web company and the university seminar, each named for its kind', async () => {
    const [need] = await t.app
      .get(DataSource)
      .query(`SELECT id FROM need WHERE title = $1`, [DEMO_ONLINE_NEWS_NEED.title]);
    const officer = await new SessionClient(t.baseUrl).signIn('officer@demo.tsunagu.jp', 'demo-officer-2026');
    const r = await officer.gql<{
      matchNposForNeed: Array<{ npo: { name: string; kind: string }; reasons: string[] }>;
    }>(`query($n: ID!) { matchNposForNeed(needId: $n) { npo { name kind } reasons } }`, { n: need.id });
    const byName = new Map(r.data!.matchNposForNeed.map((m) => [m.npo.name, m]));
    expect(byName.get('株式会社とばたウェブ工房')?.reasons[0]).toMatch(/企業です/);
    expect(byName.get('北九州市立大学 地域創生学群 広報デザインゼミ')?.reasons[0]).toMatch(/大学/);
  });

  it('the company member signs in and looks after the company', async () => {
    const member = await new SessionClient(t.baseUrl).signIn('company@demo.tsunagu.jp', 'demo-company-2026');
    const [web] = await t.app.get(DataSource).query(`SELECT id FROM npo WHERE name = '株式会社とばたウェブ工房'`);
    const r = await member.gql<{ npo: { kind: string; viewerCanEdit: boolean; claimed: boolean } }>(
      `query($id: ID!) { npo(id: $id) { kind viewerCanEdit claimed } }`,
      { id: web.id },
    );
    expect(r.data?.npo).toEqual({ kind: 'COMPANY', viewerCanEdit: true, claimed: true });
    // The offer form lists what the person looks after, however they joined (no claim here).
    const mine = await member.gql<{ myHelpers: Array<{ name: string; status: string }> }>(
      `{ myHelpers { name status } }`,
    );
    expect(mine.data?.myHelpers).toEqual([{ name: '株式会社とばたウェブ工房', status: 'ACTIVE' }]);
    const registrant = await new SessionClient(t.baseUrl).signIn('helper@demo.tsunagu.jp', 'demo-helper-2026');
    const waiting = await registrant.gql<{ myHelpers: Array<{ name: string; status: string }> }>(
      `{ myHelpers { name status } }`,
    );
    expect(waiting.data?.myHelpers).toEqual([{ name: '若松ITボランティアの会', status: 'PENDING_REVIEW' }]);
  });
});
