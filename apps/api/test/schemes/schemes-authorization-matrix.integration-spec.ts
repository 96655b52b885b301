import { type GqlResult, errorCode } from '../accounts/session-client';
import type { Person } from '../needs/needs-world';
import { inDays, postNeed } from '../needs/needs-world';
import { DEMO_SCHEMES } from '../../src/seeds/demo-schemes.step';
import { SAVE, type SchemesWorld, createSchemesWorld } from './schemes-world';

type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
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
 * Every operation of the city's schemes, called by every kind of caller: the catalogue is public,
 * its retired part and every change are staff's, and a need's schemes follow the need's visibility.
 */
describe('support schemes authorisation matrix', () => {
  let w: SchemesWorld;
  let openNeed: string;
  let hiddenNeed: string;
  let retired: string;

  beforeAll(async () => {
    w = await createSchemesWorld();
    const post = async (title: string) =>
      (
        await postNeed(w, {
          publish: true,
          title,
          description: 'ホームページでお知らせを出したいです。',
          deadline: inDays(20),
        })
      ).data!.postNeed.id;
    openNeed = await post('自治会のホームページをつくりたい');
    hiddenNeed = await post('町内会のお知らせをSNSで出したい');
    await w.as.staff.gql(`mutation($i: ID!) { hideNeed(id: $i, reason: "test") { id } }`, { i: hiddenNeed });
    retired = w.schemeIds.get('マンション管理士派遣')!;
    await w.as.staff.gql(`mutation($i: ID!) { retireSupportScheme(id: $i) { id } }`, { i: retired });
  });
  afterAll(async () => {
    await w?.t.close();
  });

  let saved = 0;
  const cases: Array<{ name: string; expect: Record<Caller, Outcome>; run: (p: Caller) => Promise<Outcome> }> = [
    {
      name: 'supportSchemes',
      expect: everyone,
      run: async (p) => outcomeOf(await w.as[p].gql(`{ supportSchemes { id } }`)),
    },
    {
      name: 'supportSchemes(includeRetired: true)',
      expect: onlyStaff,
      run: async (p) => outcomeOf(await w.as[p].gql(`{ supportSchemes(includeRetired: true) { id } }`)),
    },
    {
      name: 'supportScheme (active)',
      expect: everyone,
      run: async (p) =>
        outcomeOf(
          await w.as[p].gql(`query($i: ID!) { supportScheme(id: $i) { id } }`, {
            i: w.schemeIds.get('まちづくり専門家派遣'),
          }),
        ),
    },
    {
      name: 'supportScheme (retired)',
      expect: {
        anonymous: 'NOT_FOUND',
        officer: 'NOT_FOUND',
        otherOfficer: 'NOT_FOUND',
        npoMember: 'NOT_FOUND',
        otherNpoMember: 'NOT_FOUND',
        staff: 'ok',
      },
      run: async (p) => outcomeOf(await w.as[p].gql(`query($i: ID!) { supportScheme(id: $i) { id } }`, { i: retired })),
    },
    {
      name: 'civicConcepts',
      expect: everyone,
      run: async (p) => outcomeOf(await w.as[p].gql(`{ civicConcepts { id } }`)),
    },
    {
      name: 'saveSupportScheme (new)',
      expect: onlyStaff,
      run: async (p) =>
        outcomeOf(await w.as[p].gql(SAVE, { i: { ...DEMO_SCHEMES[2], name: `新しい制度 ${p} ${++saved}` } })),
    },
    {
      name: 'saveSupportScheme (edit)',
      expect: onlyStaff,
      run: async (p) =>
        outcomeOf(await w.as[p].gql(SAVE, { i: { ...DEMO_SCHEMES[1], id: w.schemeIds.get('まちづくり専門家派遣') } })),
    },
    {
      name: 'retireSupportScheme',
      expect: onlyStaff,
      run: async (p) =>
        outcomeOf(
          await w.as[p].gql(`mutation($i: ID!) { retireSupportScheme(id: $i) { id } }`, {
            i: w.schemeIds.get('課題解決型地域づくり事業'),
          }),
        ),
    },
    {
      name: 'restoreSupportScheme',
      expect: onlyStaff,
      run: async (p) =>
        outcomeOf(
          await w.as[p].gql(`mutation($i: ID!) { restoreSupportScheme(id: $i) { id } }`, {
            i: w.schemeIds.get('課題解決型地域づくり事業'),
          }),
        ),
    },
    {
      name: 'matchSchemesForNeed (open need)',
      expect: everyone,
      run: async (p) =>
        outcomeOf(await w.as[p].gql(`query($n: ID!) { matchSchemesForNeed(needId: $n) { reasons } }`, { n: openNeed })),
    },
    {
      name: 'matchSchemesForNeed (hidden need)',
      expect: {
        anonymous: 'NOT_FOUND',
        officer: 'ok',
        otherOfficer: 'NOT_FOUND',
        npoMember: 'NOT_FOUND',
        otherNpoMember: 'NOT_FOUND',
        staff: 'ok',
      },
      run: async (p) =>
        outcomeOf(
          await w.as[p].gql(`query($n: ID!) { matchSchemesForNeed(needId: $n) { reasons } }`, { n: hiddenNeed }),
        ),
    },
  ];

  it.each(cases)('$name', async ({ expect: expected, run }) => {
    const seen = {} as Record<Caller, Outcome>;
    for (const p of PEOPLE) seen[p] = await run(p);
    expect(seen).toEqual(expected);
  });

  it('a refused change changes nothing', async () => {
    const [{ count }] = await w.db.query(
      `SELECT count(*)::int AS count FROM support_scheme WHERE name LIKE '新しい制度%'`,
    );
    expect(count).toBe(1);
  });
});
