import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AccountService } from '@tsunagu/accounts/api';
import { NpoImportService } from '@tsunagu/npo/api';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import { SessionClient } from '../accounts/session-client';
import { type TestApp, startTestApp } from '../test-services';

export const PASSWORD = 'needs-password-1';
export const OFFICER_PHONE = '093-622-1234';
export const OFFICER_EMAIL = 'kurosaki-jichikai@example.jp';

export type Person =
  'anonymous' | 'officer' | 'otherOfficer' | 'pendingOfficer' | 'npoMember' | 'otherNpoMember' | 'staff';

/** The same NPO file the matching evaluation uses (346 Kitakyushu NPOs), imported for real. */
const FIXTURE = join(__dirname, '../../../../libs/matching/api/eval/kitakyushu-npos-sample.zip');

export interface NeedsWorld {
  readonly t: TestApp;
  readonly db: DataSource;
  readonly as: Record<Person, SessionClient>;
  readonly userId: Record<Exclude<Person, 'anonymous'>, string>;
  readonly group: string;
  readonly otherGroup: string;
  readonly pendingGroup: string;
  /** a 子ども食堂 NPO in 八幡西区, looked after by npoMember */
  readonly npo: string;
  readonly otherNpo: string;
  drain(): Promise<void>;
}

/**
 * A community officer of a verified 自治会 in 八幡西区, an officer of another verified group, one
 * of a group staff have not verified yet, members of two claimed NPOs, and staff.
 */
export async function createNeedsWorld(): Promise<NeedsWorld> {
  const t = await startTestApp();
  const db = t.app.get(DataSource);
  await t.app
    .get(NpoImportService)
    .importFile({ filePath: FIXTURE, fileName: 'sample.zip', source: 'CLI', startedBy: 'test' });
  const accounts = t.app.get(AccountService);
  const people: Array<Exclude<Person, 'anonymous'>> = [
    'officer',
    'otherOfficer',
    'pendingOfficer',
    'npoMember',
    'otherNpoMember',
    'staff',
  ];
  const userId = {} as Record<Exclude<Person, 'anonymous'>, string>;
  for (const person of people) {
    const user = await accounts.create({
      email: `${person.toLowerCase()}@example.jp`,
      password: PASSWORD,
      displayName: person,
      role: person === 'staff' ? 'STAFF' : 'MEMBER',
    });
    userId[person] = user.id;
  }
  const addGroup = async (
    name: string,
    ward: string,
    status: string,
    owner: string,
    phone: string | null,
    email: string | null,
  ) => {
    const [g] = await db.query(
      `INSERT INTO community_group (name, kind, ward, area, representative_name, contact_phone, contact_email, status)
       VALUES ($1, 'JICHIKAI', $2, '黒崎市民センター', '山本 一郎', $3, $4, $5) RETURNING id`,
      [name, ward, phone, email, status],
    );
    await db.query(`INSERT INTO group_member (group_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [g.id, owner]);
    return g.id as string;
  };
  const group = await addGroup(
    '黒崎三丁目自治会',
    '八幡西区',
    'VERIFIED',
    userId.officer,
    OFFICER_PHONE,
    OFFICER_EMAIL,
  );
  const otherGroup = await addGroup(
    '門司港自治会',
    '門司区',
    'VERIFIED',
    userId.otherOfficer,
    '093-321-0000',
    'moji@example.jp',
  );
  const pendingGroup = await addGroup('まだ確認前の町内会', '戸畑区', 'PENDING', userId.pendingOfficer, null, null);
  const [npo] = await db.query(
    `SELECT id FROM npo WHERE status = 'ACTIVE' AND ward = '八幡西区' AND programmes LIKE '%子ども食堂%' ORDER BY name LIMIT 1`,
  );
  const [otherNpo] = await db.query(
    `SELECT id FROM npo WHERE status = 'ACTIVE' AND ward = '門司区' AND programmes NOT LIKE '%子ども食堂%' ORDER BY name LIMIT 1`,
  );
  await db.query(`INSERT INTO npo_member (npo_id, user_id) VALUES ($1, $2), ($3, $4)`, [
    npo.id,
    userId.npoMember,
    otherNpo.id,
    userId.otherNpoMember,
  ]);
  const as = { anonymous: new SessionClient(t.baseUrl) } as Record<Person, SessionClient>;
  for (const person of people)
    as[person] = await new SessionClient(t.baseUrl).signIn(`${person.toLowerCase()}@example.jp`, PASSWORD);
  const worker = t.app.get(SearchOutboxWorker);
  await worker.drain();
  return {
    t,
    db,
    as,
    userId,
    group,
    otherGroup,
    pendingGroup,
    npo: npo.id,
    otherNpo: otherNpo.id,
    drain: () => worker.drain(),
  };
}

/** A day `days` from today in Japan, as the API takes dates. */
export function inDays(days: number): string {
  const date = new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

export const NEED_FIELDS = `id title status fields ward helpKind deadline hidden offerCount viewerCanEdit group { name }`;

export const POST = `mutation($i: PostNeedInput!) { postNeed(input: $i) { ${NEED_FIELDS} } }`;
export const OFFER = `mutation($n: ID!, $o: ID!, $m: String!) { offerHelp(needId: $n, npoId: $o, message: $m) { id status } }`;

export interface NeedView {
  id: string;
  title: string;
  status: string;
  fields: number[];
  hidden: boolean;
  offerCount: number;
}

/** Posts a need as the officer of the verified group (or of the group not verified yet). */
export function postNeed(w: NeedsWorld, input: Record<string, unknown>, who: 'officer' | 'pendingOfficer' = 'officer') {
  return w.as[who].gql<{ postNeed: NeedView }>(POST, {
    i: { groupId: who === 'officer' ? w.group : w.pendingGroup, ...input },
  });
}

/** The ids a visitor finds, once the index has caught up. */
export async function searchNeedIds(w: NeedsWorld, input: Record<string, unknown>): Promise<string[]> {
  await w.drain();
  const r = await w.as.anonymous.gql<{ searchNeeds: { total: number; hits: NeedView[] } }>(
    `query($i: SearchNeedsInput!) { searchNeeds(input: $i) { total hits { id title status } } }`,
    { i: input },
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.searchNeeds.hits.map((h) => h.id);
}
