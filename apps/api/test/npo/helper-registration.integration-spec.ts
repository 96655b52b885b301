import { DataSource } from 'typeorm';
import { AccountService } from '@tsunagu/accounts/api';
import { withCorporateNumberCheckDigit } from '@tsunagu/npo/open-data';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import { type GqlResult, SessionClient, errorCode } from '../accounts/session-client';
import { type TestApp, startTestApp } from '../test-services';

const PASSWORD = 'helpers-password-1';
const NPO_FIELDS = `id kind name status ward purpose fields selfDescribed viewerCanEdit profile { website }`;
const REGISTER = `mutation($i: RegisterHelperInput!) { registerHelper(input: $i) { ${NPO_FIELDS} } }`;
const CREATE = `mutation($i: RegisterHelperInput!) { createHelper(input: $i) { ${NPO_FIELDS} } }`;
const NPO = `query($id: ID!) { npo(id: $id) { ${NPO_FIELDS} } }`;
const PENDING = `{ pendingHelpers { npo { id name status } source registrantName registrantEmail registeredAt } }`;
const VERIFY = `mutation($id: ID!) { verifyHelper(id: $id) { id status } }`;
const REFUSE = `mutation($id: ID!, $r: String!) { refuseHelper(id: $id, reason: $r) { id status } }`;
const SEARCH_HELPERS = `query($i: SearchHelpersInput!) { searchHelpers(input: $i) { total hits { npo { id name kind } } } }`;
const SEARCH_NPOS = `query($i: SearchNposInput!) { searchNpos(input: $i) { total hits { npo { id name } } } }`;

interface HelperView {
  id: string;
  kind: string;
  name: string;
  status: string;
  ward: string | null;
  selfDescribed: boolean;
  viewerCanEdit: boolean;
  profile: { website: string | null } | null;
}

const company = (extra: Record<string, unknown> = {}) => ({
  kind: 'COMPANY',
  name: '株式会社わかまつウェブ',
  ward: '若松区',
  purpose: '自治会のホームページづくりと、LINEでのお知らせの出し方を手伝います。',
  fields: [14, 3],
  website: 'https://wakamatsu-web.example.jp',
  ...extra,
});

/**
 * A company registers itself, waits hidden for staff, is verified and then found among the
 * helpers (never among the NPOs); a refused one stays hidden; conflicts and bad input change nothing.
 */
describe('helper registration and review', () => {
  let t: TestApp;
  let db: DataSource;
  const as: Record<'anonymous' | 'registrant' | 'other' | 'staff', SessionClient> = {} as never;
  const ids: Record<string, string> = {};

  const rows = async () => {
    const [r] = await db.query(
      `SELECT (SELECT count(*) FROM npo)::int AS npos, (SELECT count(*) FROM helper_record)::int AS records,
              (SELECT count(*) FROM npo_member)::int AS members`,
    );
    return r as { npos: number; records: number; members: number };
  };
  const drain = () => t.app.get(SearchOutboxWorker).drain();
  const helperNames = async (input: Record<string, unknown>) => {
    await drain();
    const r = await as.anonymous.gql<{ searchHelpers: { hits: Array<{ npo: { name: string; kind: string } }> } }>(
      SEARCH_HELPERS,
      { i: input },
    );
    return r.data!.searchHelpers.hits.map((h) => h.npo.name);
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    const accounts = t.app.get(AccountService);
    as.anonymous = new SessionClient(t.baseUrl);
    for (const person of ['registrant', 'other', 'staff'] as const) {
      const user = await accounts.create({
        email: `${person}@example.jp`,
        password: PASSWORD,
        displayName: person === 'registrant' ? '若松 花子' : person,
        role: person === 'staff' ? 'STAFF' : 'MEMBER',
      });
      ids[person] = user.id;
      as[person] = await new SessionClient(t.baseUrl).signIn(`${person}@example.jp`, PASSWORD);
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a registration waits for staff: its registrant is its member and sees it, nobody else finds it', async () => {
    const r = await as.registrant.gql<{ registerHelper: HelperView }>(REGISTER, { i: company() });
    expect(r.errors).toBeUndefined();
    const helper = r.data!.registerHelper;
    ids['company'] = helper.id;
    expect(helper).toMatchObject({
      kind: 'COMPANY',
      status: 'PENDING_REVIEW',
      ward: '若松区',
      selfDescribed: true,
      viewerCanEdit: true,
      profile: { website: 'https://wakamatsu-web.example.jp' },
    });
    const [record] = await db.query(`SELECT source, registered_by FROM helper_record WHERE npo_id = $1`, [helper.id]);
    expect(record).toEqual({ source: 'REGISTRATION', registered_by: ids['registrant'] });
    const [audit] = await db.query(`SELECT action FROM audit_log WHERE target_id = $1`, [helper.id]);
    expect(audit.action).toBe('helper.registered');

    expect((await as.registrant.gql<{ npo: HelperView }>(NPO, { id: helper.id })).data?.npo.status).toBe(
      'PENDING_REVIEW',
    );
    expect(errorCode(await as.anonymous.gql(NPO, { id: helper.id }))).toBe('NOT_FOUND');
    expect(errorCode(await as.other.gql(NPO, { id: helper.id }))).toBe('NOT_FOUND');
    expect(await helperNames({ query: 'ホームページ', includeInactive: true })).not.toContain('株式会社わかまつウェブ');
  });

  it('staff see it waiting with who registered it, verify it, and then residents find it among the companies only', async () => {
    const pending = await as.staff.gql<{
      pendingHelpers: Array<{ npo: { id: string }; source: string; registrantName: string; registrantEmail: string }>;
    }>(PENDING);
    expect(pending.data!.pendingHelpers).toEqual([
      expect.objectContaining({
        npo: expect.objectContaining({ id: ids['company'] }),
        source: 'REGISTRATION',
        registrantName: '若松 花子',
        registrantEmail: 'registrant@example.jp',
      }),
    ]);
    const verified = await as.staff.gql<{ verifyHelper: { status: string } }>(VERIFY, { id: ids['company'] });
    expect(verified.data?.verifyHelper.status).toBe('ACTIVE');
    expect(errorCode(await as.staff.gql(VERIFY, { id: ids['company'] }))).toBe('CONFLICT');
    expect((await as.staff.gql<{ pendingHelpers: unknown[] }>(PENDING)).data!.pendingHelpers).toEqual([]);

    expect(await helperNames({ query: 'ホームページ', kinds: ['COMPANY'] })).toEqual(['株式会社わかまつウェブ']);
    expect(await helperNames({ query: 'ホームページ', kinds: ['UNIVERSITY'] })).toEqual([]);
    const npos = await as.anonymous.gql<{ searchNpos: { total: number } }>(SEARCH_NPOS, {
      i: { query: 'ホームページ' },
    });
    expect(npos.data!.searchNpos.total).toBe(0);
    expect((await as.anonymous.gql<{ npo: HelperView }>(NPO, { id: ids['company'] })).data?.npo.status).toBe('ACTIVE');

    const notices = await as.registrant.gql<{ notifications: Array<{ title: string; body: string }> }>(
      `{ notifications { title body } }`,
    );
    expect(notices.data!.notifications[0].title).toBe('「株式会社わかまつウェブ」を市が確認しました');
  });

  it('staff refuse a registration with a reason; it stays hidden and its registrant is told why', async () => {
    const r = await as.registrant.gql<{ registerHelper: HelperView }>(REGISTER, {
      i: {
        kind: 'OTHER',
        name: '若松なんでも相談会',
        address: '北九州市若松区本町1-1-1',
        purpose: '地域の困りごとの相談にのります。',
      },
    });
    const id = r.data!.registerHelper.id;
    expect(r.data!.registerHelper.ward).toBe('若松区');
    expect(errorCode(await as.staff.gql(REFUSE, { id, r: '   ' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await as.staff.gql(REFUSE, { id, r: 'あ'.repeat(501) }))).toBe('BAD_USER_INPUT');
    const refused = await as.staff.gql<{ refuseHelper: { status: string } }>(REFUSE, {
      id,
      r: '団体の活動を確認できませんでした。',
    });
    expect(refused.data?.refuseHelper.status).toBe('REFUSED');
    const [record] = await db.query(`SELECT refusal_reason, decided_by FROM helper_record WHERE npo_id = $1`, [id]);
    expect(record).toEqual({ refusal_reason: '団体の活動を確認できませんでした。', decided_by: ids['staff'] });
    expect(errorCode(await as.staff.gql(VERIFY, { id }))).toBe('CONFLICT');
    expect(errorCode(await as.anonymous.gql(NPO, { id }))).toBe('NOT_FOUND');
    expect((await as.registrant.gql<{ npo: HelperView }>(NPO, { id })).data?.npo.status).toBe('REFUSED');
    expect(await helperNames({ query: '相談', includeInactive: true })).not.toContain('若松なんでも相談会');
    const notices = await as.registrant.gql<{ notifications: Array<{ body: string }> }>(`{ notifications { body } }`);
    expect(notices.data!.notifications[0].body).toContain('団体の活動を確認できませんでした。');
  });

  it('staff create a helper that is active at once and said to be written by the city', async () => {
    const r = await as.staff.gql<{ createHelper: HelperView }>(CREATE, {
      i: {
        kind: 'UNIVERSITY',
        name: '北九州市立大学 地域創生学群 まちの広報ゼミ',
        ward: '小倉南区',
        purpose: '学生が町内会と一緒にホームページやチラシをつくります。',
        fields: [14, 2],
      },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createHelper).toMatchObject({ kind: 'UNIVERSITY', status: 'ACTIVE', selfDescribed: false });
    const [record] = await db.query(
      `SELECT source, decided_by, decided_at IS NOT NULL AS decided FROM helper_record WHERE npo_id = $1`,
      [r.data!.createHelper.id],
    );
    expect(record).toEqual({ source: 'STAFF', decided_by: ids['staff'], decided: true });
    expect(await helperNames({ query: 'ホームページ', kinds: ['UNIVERSITY'] })).toEqual([
      '北九州市立大学 地域創生学群 まちの広報ゼミ',
    ]);
  });

  it('refuses what it must, with a clear message, and changes nothing', async () => {
    const before = await rows();
    const refusals: Array<[string, GqlResult, string]> = [
      ['NPO kind', await as.other.gql(REGISTER, { i: company({ kind: 'NPO', name: '新しいNPO' }) }), 'BAD_USER_INPUT'],
      ['same name and kind', await as.other.gql(REGISTER, { i: company() }), 'CONFLICT'],
      [
        'no place',
        await as.other.gql(REGISTER, { i: company({ name: 'どこかの会社', ward: null }) }),
        'BAD_USER_INPUT',
      ],
      [
        'a wrong check digit',
        await as.other.gql(REGISTER, { i: company({ name: 'A社', corporateNumber: '1234567890123' }) }),
        'BAD_USER_INPUT',
      ],
      [
        'a website that is not http(s)',
        await as.other.gql(REGISTER, { i: company({ name: 'B社', website: 'ftp://x.example' }) }),
        'BAD_USER_INPUT',
      ],
      [
        'too long',
        await as.other.gql(REGISTER, { i: company({ name: 'C社', purpose: 'あ'.repeat(2001) }) }),
        'BAD_USER_INPUT',
      ],
      [
        'a field out of 1–20',
        await as.other.gql(REGISTER, { i: company({ name: 'D社', fields: [21] }) }),
        'BAD_USER_INPUT',
      ],
      ['signed out', await as.anonymous.gql(REGISTER, { i: company({ name: 'E社' }) }), 'UNAUTHENTICATED'],
    ];
    for (const [why, result, code] of refusals) expect([why, errorCode(result)]).toEqual([why, code]);
    const sameName = refusals[1][1];
    expect(sameName.errors?.[0].message).toContain('同じ名前の企業がもう登録されています');
    expect(await rows()).toEqual(before);
  });

  it('a corporate number is used once', async () => {
    const corporateNumber = withCorporateNumberCheckDigit('700110005901');
    const first = await as.registrant.gql(REGISTER, { i: company({ name: '株式会社ばんごう', corporateNumber }) });
    expect(first.errors).toBeUndefined();
    const before = await rows();
    const again = await as.registrant.gql(REGISTER, { i: company({ name: '株式会社べつのなまえ', corporateNumber }) });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0].message).toContain('この法人番号の企業はもう登録されています');
    expect(await rows()).toEqual(before);
  });
});
