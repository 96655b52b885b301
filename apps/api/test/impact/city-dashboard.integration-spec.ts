import { DataSource } from 'typeorm';
import { AccountService } from '@tsunagu/accounts/api';
import { SessionClient } from '../accounts/session-client';
import { type TestApp, startTestApp } from '../test-services';

const PASSWORD = 'dashboard-password-1';
const QUERY = `query($i: CityDashboardInput) { cityDashboard(input: $i) {
  from to ward audience withheld
  totals { needs withOffer matched done openNow groups shareWithOffer shareMatched shareDone medianDaysToFirstOffer medianDaysToMatch }
  byWard { area label groups needs withOffer matched done }
  bySchoolDistrict { area label groups needs withOffer matched done }
  byField { field needs withOffer matched done openNow }
  byStatus { status needs }
  byMonth { month needs withOffer matched done }
  gap { area field openNeeds helpers helpersWithAccount shortfall }
} }`;
const PERIOD = { from: '2026-04-01', to: '2026-09-30' };

type Dashboard = Record<string, unknown> & {
  totals: Record<string, number | null>;
  byWard: Array<Record<string, unknown>>;
  bySchoolDistrict: Array<Record<string, unknown>>;
  gap: Array<Record<string, unknown>>;
};

/**
 * Every figure of the city dashboard against a fixture worked out by hand (the comments give the
 * sums): six groups in four wards, nine needs (one before the period, one hidden), four helpers.
 */
describe('city dashboard', () => {
  let t: TestApp;
  let staff: SessionClient;
  let visitor: SessionClient;
  const district: Record<string, string> = {};

  const ask = async (who: SessionClient, input: Record<string, unknown>) => {
    const r = await who.gql<{ cityDashboard: Dashboard }>(QUERY, { i: input });
    if (r.errors) throw new Error(r.errors[0].message);
    return r.data!.cityDashboard;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const db = t.app.get(DataSource);
    const accounts = t.app.get(AccountService);
    await accounts.create({ email: 'staff@example.jp', password: PASSWORD, displayName: '職員', role: 'STAFF' });
    const member = await accounts.create({
      email: 'npo@example.jp',
      password: PASSWORD,
      displayName: '会員',
      role: 'MEMBER',
    });
    staff = await new SessionClient(t.baseUrl).signIn('staff@example.jp', PASSWORD);
    visitor = new SessionClient(t.baseUrl);

    for (const [ward, name] of [
      ['八幡西区', '黒崎'],
      ['門司区', '門司'],
    ]) {
      [{ id: district[name] }] = await db.query(`SELECT id FROM school_district WHERE ward = $1 AND name = $2`, [
        ward,
        name,
      ]);
    }
    const group = async (name: string, ward: string, districtId: string | null) =>
      (
        await db.query(
          `INSERT INTO community_group (name, kind, ward, status, school_district_id)
           VALUES ($1, 'JICHIKAI', $2, 'VERIFIED', $3) RETURNING id`,
          [name, ward, districtId],
        )
      )[0].id as string;
    const g1 = await group('G1', '八幡西区', district['黒崎']);
    const g2 = await group('G2', '八幡西区', district['黒崎']);
    const g3 = await group('G3', '八幡西区', null);
    const g4 = await group('G4', '門司区', district['門司']);
    const g5 = await group('G5', '戸畑区', null);
    const g6 = await group('G6', '若松区', null);

    const helper = async (ward: string, fields: number[], status = 'ACTIVE') =>
      (
        await db.query(
          `INSERT INTO npo (name, kind, status, city, ward, fields, jurisdiction, source_hash)
           VALUES ($1, 'NPO', $2, '北九州市', $3, $4, '北九州市', 'fixture') RETURNING id`,
          [`helper ${ward} ${fields.join('+')}`, status, ward, fields],
        )
      )[0].id as string;
    const h1 = await helper('八幡西区', [3]); // works in its own ward; has a member
    const h2 = await helper('小倉北区', [3, 7]); // says it works in 八幡西区 and 門司区
    await helper('門司区', [1]); // field 1 only
    await helper('八幡西区', [3], 'PENDING_REVIEW'); // not verified: not counted
    await db.query(`INSERT INTO npo_member (npo_id, user_id) VALUES ($1, $2)`, [h1, member.id]);
    await db.query(`INSERT INTO npo_profile (npo_id, areas) VALUES ($1, $2)`, [h2, ['八幡西区', '門司区']]);

    const at = (day: string, plusDays = 0) =>
      new Date(new Date(`${day}T10:00:00+09:00`).getTime() + plusDays * 86_400_000);
    const need = async (
      groupId: string,
      ward: string,
      fields: number[],
      status: string,
      published: string,
      offer?: { after: number; acceptedAfter?: number },
      hidden = false,
    ) => {
      const closed = ['DONE', 'CANCELLED'].includes(status) ? at(published, 20) : null;
      const [{ id }] = await db.query(
        `INSERT INTO need (group_id, title, description, fields, ward, status, published_at, closed_at, hidden_at)
         VALUES ($1, 'x', 'x', $2, $3, $4, $5, $6, $7) RETURNING id`,
        [groupId, fields, ward, status, at(published), closed, hidden ? at(published, 1) : null],
      );
      if (offer) {
        await db.query(
          `INSERT INTO offer (need_id, npo_id, message, status, created_at, decided_at) VALUES ($1, $2, 'x', $3, $4, $5)`,
          [
            id,
            h1,
            offer.acceptedAfter === undefined ? 'PENDING' : 'ACCEPTED',
            at(published, offer.after),
            offer.acceptedAfter === undefined ? null : at(published, offer.acceptedAfter),
          ],
        );
      }
    };
    await need(g1, '八幡西区', [3], 'DONE', '2026-04-10', { after: 2, acceptedAfter: 5 }); // N1
    await need(g1, '八幡西区', [3, 7], 'PUBLISHED', '2026-05-01', { after: 3 }); // N2
    await need(g2, '八幡西区', [3], 'PUBLISHED', '2026-05-20'); // N3
    await need(g3, '八幡西区', [1], 'MATCHED', '2026-06-01', { after: 1, acceptedAfter: 10 }); // N4
    await need(g4, '門司区', [3], 'PUBLISHED', '2026-07-01'); // N5
    await need(g5, '戸畑区', [1], 'CANCELLED', '2026-08-01'); // N6
    await need(g6, '若松区', [3], 'PUBLISHED', '2026-09-01', { after: 4 }); // N7
    await need(g1, '八幡西区', [3], 'PUBLISHED', '2026-03-15'); // before the period
    await need(g2, '八幡西区', [3], 'PUBLISHED', '2026-06-15', undefined, true); // hidden by staff
  });
  afterAll(async () => {
    await t?.close();
  });

  it('totals, shares and medians of the period (N1–N7)', async () => {
    const d = await ask(staff, PERIOD);
    expect(d).toMatchObject({ ...PERIOD, ward: null, audience: 'STAFF', withheld: false });
    expect(d.totals).toEqual({
      needs: 7,
      withOffer: 4, // N1 N2 N4 N7
      matched: 2, // N1 N4
      done: 1, // N1
      openNow: 4, // N2 N3 N5 N7
      groups: 6,
      shareWithOffer: 0.571,
      shareMatched: 0.286,
      shareDone: 0.143,
      medianDaysToFirstOffer: 2.5, // 1 2 3 4
      medianDaysToMatch: 7.5, // 5 10
    });
  });

  it('by field, status and month', async () => {
    const d = await ask(staff, PERIOD);
    expect(d['byField']).toEqual([
      { field: 1, needs: 2, withOffer: 1, matched: 1, done: 0, openNow: 0 }, // N4 N6
      { field: 3, needs: 5, withOffer: 3, matched: 1, done: 1, openNow: 4 }, // N1 N2 N3 N5 N7
      { field: 7, needs: 1, withOffer: 1, matched: 0, done: 0, openNow: 1 }, // N2
    ]);
    expect(d['byStatus']).toEqual([
      { status: 'PUBLISHED', needs: 4 },
      { status: 'MATCHED', needs: 1 },
      { status: 'DONE', needs: 1 },
      { status: 'CANCELLED', needs: 1 },
    ]);
    expect(d['byMonth']).toEqual([
      { month: '2026-04', needs: 1, withOffer: 1, matched: 1, done: 1 },
      { month: '2026-05', needs: 2, withOffer: 1, matched: 0, done: 0 },
      { month: '2026-06', needs: 1, withOffer: 1, matched: 1, done: 0 },
      { month: '2026-07', needs: 1, withOffer: 0, matched: 0, done: 0 },
      { month: '2026-08', needs: 1, withOffer: 0, matched: 0, done: 0 },
      { month: '2026-09', needs: 1, withOffer: 1, matched: 0, done: 0 },
    ]);
  });

  it('staff see every ward and 校区 as it is', async () => {
    const d = await ask(staff, PERIOD);
    const rows = (r: Array<Record<string, unknown>>) =>
      Object.fromEntries(r.map(({ area: _area, label, ...rest }) => [label, rest]));
    expect(rows(d.byWard)).toEqual({
      八幡西区: { groups: 3, needs: 4, withOffer: 3, matched: 2, done: 1 },
      門司区: { groups: 1, needs: 1, withOffer: 0, matched: 0, done: 0 },
      戸畑区: { groups: 1, needs: 1, withOffer: 0, matched: 0, done: 0 },
      若松区: { groups: 1, needs: 1, withOffer: 1, matched: 0, done: 0 },
    });
    expect(rows(d.bySchoolDistrict)).toEqual({
      '八幡西区 黒崎校区': { groups: 2, needs: 3, withOffer: 2, matched: 1, done: 1 },
      校区の登録なし: { groups: 3, needs: 3, withOffer: 2, matched: 1, done: 0 },
      '門司区 門司校区': { groups: 1, needs: 1, withOffer: 0, matched: 0, done: 0 },
    });
  });

  it('the gap: open needs per ward and field against the helpers that work there, largest shortfall first', async () => {
    const d = await ask(staff, PERIOD);
    expect(d.gap).toEqual([
      { area: '八幡西区', field: 3, openNeeds: 2, helpers: 2, helpersWithAccount: 1, shortfall: 1 },
      { area: '門司区', field: 3, openNeeds: 1, helpers: 1, helpersWithAccount: 0, shortfall: 1 },
      { area: '若松区', field: 3, openNeeds: 1, helpers: 0, helpersWithAccount: 0, shortfall: 1 },
      { area: '八幡西区', field: 7, openNeeds: 1, helpers: 1, helpersWithAccount: 0, shortfall: 1 },
    ]);
  });

  it('the public sees areas of 3 groups or more; the small ones merged, or left out when still too few', async () => {
    const d = await ask(visitor, PERIOD);
    expect(d.audience).toBe('PUBLIC');
    expect(d.totals['needs']).toBe(7);
    expect(d.byWard).toEqual([
      { area: '八幡西区', label: '八幡西区', groups: 3, needs: 4, withOffer: 3, matched: 2, done: 1 },
      // 門司区 + 戸畑区 + 若松区: one group each
      {
        area: 'OTHER_AREAS',
        label: 'その他（団体が少ない地域をまとめたもの）',
        groups: 3,
        needs: 3,
        withOffer: 1,
        matched: 0,
        done: 0,
      },
    ]);
    expect(d.bySchoolDistrict.map((r) => [r['area'], r['groups'], r['needs']])).toEqual([
      ['NONE', 3, 3],
      ['OTHER_AREAS', 3, 4], // 黒崎 (2 groups) + 門司 (1)
    ]);
    expect(d.gap).toEqual([
      { area: 'OTHER_AREAS', field: 3, openNeeds: 2, helpers: 1, helpersWithAccount: 0, shortfall: 2 },
      { area: '八幡西区', field: 3, openNeeds: 2, helpers: 2, helpersWithAccount: 1, shortfall: 1 },
      { area: '八幡西区', field: 7, openNeeds: 1, helpers: 1, helpersWithAccount: 0, shortfall: 1 },
    ]);
    // nothing public names a small ward or a 校区 of fewer than 3 groups
    const text = JSON.stringify(d);
    for (const small of ['門司区', '戸畑区', '若松区', '黒崎', district['黒崎'], district['門司']]) {
      expect(text).not.toContain(small);
    }
  });

  it('one ward: staff get its figures; the public is told they are withheld when it has fewer than 3 groups', async () => {
    expect((await ask(staff, { ...PERIOD, ward: '門司区' })).totals['needs']).toBe(1);
    const pub = await ask(visitor, { ...PERIOD, ward: '門司区' });
    expect(pub).toMatchObject({ ward: '門司区', withheld: true, byWard: [], gap: [] });
    expect(pub.totals['needs']).toBe(0);
    const big = await ask(visitor, { ...PERIOD, ward: '八幡西区' });
    expect(big).toMatchObject({ withheld: false });
    expect(big.totals['needs']).toBe(4);
  });

  it('refuses a reversed or malformed period in plain words and an unknown ward', async () => {
    const reversed = await visitor.gql(QUERY, { i: { from: '2026-09-01', to: '2026-04-01' } });
    expect(reversed.errors![0].message).toBe('「いつから」は「いつまで」より前の日にしてください。');
    const malformed = await visitor.gql(QUERY, { i: { from: '2026/04/01' } });
    expect(malformed.errors![0].extensions!['code']).toBe('BAD_USER_INPUT');
    const csv = await fetch(`${t.baseUrl}/api/impact/dashboard.csv?ward=${encodeURIComponent('博多区')}`);
    expect(csv.status).toBe(400);
    expect(await csv.text()).toContain('区を選んでください');
  });

  it('the CSV holds what the caller may see, one line per figure, with a BOM for Excel', async () => {
    const path = `/api/impact/dashboard.csv?from=${PERIOD.from}&to=${PERIOD.to}`;
    const staffCsv = await staff.get(path);
    expect(staffCsv.headers.get('content-type')).toContain('text/csv');
    const body = Buffer.from(await staffCsv.arrayBuffer());
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString('utf8').slice(1).trim().split(/\r?\n/);
    expect(lines[0]).toBe('表,区分,名前,数えたもの,値');
    expect(lines).toContain('totals,,,needs,7');
    expect(lines).toContain('ward,門司区,門司区,needs,1');
    expect(lines).toContain('gap,八幡西区/3,八幡西区 まちづくり,shortfall,1');

    const publicLines = (await (await visitor.get(path)).text()).split(/\r?\n/);
    expect(publicLines.some((l) => l.includes('門司区'))).toBe(false);
    expect(publicLines).toContain('gap,OTHER_AREAS/3,その他（団体が少ない地域をまとめたもの） まちづくり,shortfall,2');
  });
});
