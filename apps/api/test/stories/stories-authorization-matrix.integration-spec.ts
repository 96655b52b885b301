import { type GqlResult, errorCode } from '../accounts/session-client';
import { type NeedsWorld, type Person, createNeedsWorld } from '../needs/needs-world';
import { GROUP_SIDE, HELPER_SIDE, MODERATE, PUBLISH, finishedNeed, writeSide } from './stories-world';

type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';
type Caller = Exclude<Person, 'pendingOfficer'>;
const PEOPLE: Caller[] = ['anonymous', 'officer', 'otherOfficer', 'npoMember', 'otherNpoMember', 'staff'];

const outcomeOf = (r: GqlResult<unknown>): Outcome => {
  const code = errorCode(r);
  if (code) return code as Outcome;
  if (r.errors) throw new Error(r.errors[0]?.message);
  return 'ok';
};
const everyone: Record<Caller, Outcome> = {
  anonymous: 'ok',
  officer: 'ok',
  otherOfficer: 'ok',
  npoMember: 'ok',
  otherNpoMember: 'ok',
  staff: 'ok',
};
const onlyStaff: Record<Caller, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  officer: 'FORBIDDEN',
  otherOfficer: 'FORBIDDEN',
  npoMember: 'FORBIDDEN',
  otherNpoMember: 'FORBIDDEN',
  staff: 'ok',
};

/**
 * Every operation of good examples, called by every kind of caller: published stories are
 * everyone's; a story before publication is its two parties' and staff's; only the group (officer)
 * and the accepted helper (npoMember) write a side; only staff decide.
 */
describe('good examples authorisation matrix', () => {
  let w: NeedsWorld;
  let published: string;
  let draft: string;
  let openToWrite: string;
  const awaiting: string[] = [];

  beforeAll(async () => {
    w = await createNeedsWorld();
    const story = async (title: string, sides: 1 | 2) => {
      const need = await finishedNeed(w, title);
      const s = await writeSide(w, 'officer', need, GROUP_SIDE);
      if (sides === 2) await writeSide(w, 'npoMember', need, HELPER_SIDE);
      return s.id;
    };
    published = await story('お正月飾りづくり', 2);
    await w.as.staff.gql(MODERATE, { i: published, p: true, r: null });
    draft = await story('防災訓練の炊き出し', 1);
    for (const title of ['夏祭りの片付け', '餅つき大会']) awaiting.push(await story(title, 2));
    openToWrite = await finishedNeed(w, '公園の清掃');
  });
  afterAll(async () => {
    await w?.t.close();
  });

  const cases: Array<{ name: string; expect: Record<Caller, Outcome>; run: (p: Caller) => Promise<Outcome> }> = [
    {
      name: 'stories',
      expect: everyone,
      run: async (p) => outcomeOf(await w.as[p].gql(`{ stories(query: "飾り") { id } }`)),
    },
    {
      name: 'story (published)',
      expect: everyone,
      run: async (p) => outcomeOf(await w.as[p].gql(`query($i: ID!) { story(id: $i) { id } }`, { i: published })),
    },
    {
      name: 'story (not published yet)',
      expect: {
        anonymous: 'NOT_FOUND',
        officer: 'ok',
        otherOfficer: 'NOT_FOUND',
        npoMember: 'ok',
        otherNpoMember: 'NOT_FOUND',
        staff: 'ok',
      },
      run: async (p) => outcomeOf(await w.as[p].gql(`query($i: ID!) { story(id: $i) { id } }`, { i: draft })),
    },
    {
      name: 'storiesOfHelper',
      expect: everyone,
      run: async (p) =>
        outcomeOf(await w.as[p].gql(`query($h: ID!) { storiesOfHelper(helperId: $h) { id } }`, { h: w.npo })),
    },
    {
      name: 'storiesToModerate',
      expect: onlyStaff,
      run: async (p) => outcomeOf(await w.as[p].gql(`{ storiesToModerate { id } }`)),
    },
    {
      name: 'publishStory',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        officer: 'ok',
        otherOfficer: 'FORBIDDEN',
        npoMember: 'ok',
        otherNpoMember: 'FORBIDDEN',
        staff: 'FORBIDDEN',
      },
      run: async (p) =>
        outcomeOf(await w.as[p].gql(PUBLISH, { n: openToWrite, i: p === 'npoMember' ? HELPER_SIDE : GROUP_SIDE })),
    },
    {
      name: 'moderateStory',
      expect: onlyStaff,
      run: async (p) =>
        outcomeOf(await w.as[p].gql(MODERATE, { i: awaiting[0], p: false, r: '写真の説明を直してください' })),
    },
  ];

  it.each(cases)('$name', async ({ expect: expected, run }) => {
    const seen = {} as Record<Caller, Outcome>;
    for (const p of PEOPLE) seen[p] = await run(p);
    expect(seen).toEqual(expected);
  });

  it('a refused call changes nothing', async () => {
    const rows: Array<{ status: string }> = await w.db.query(`SELECT status FROM story WHERE id = $1`, [awaiting[1]]);
    expect(rows[0].status).toBe('AWAITING_MODERATION');
    const [{ count }] = await w.db.query(
      `SELECT count(*)::int AS count FROM notification WHERE title LIKE '%公開されました%'`,
    );
    // only the published story's two parties were told
    expect(count).toBe(2);
  });
});
