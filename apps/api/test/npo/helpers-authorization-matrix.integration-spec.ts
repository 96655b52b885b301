import { AccountService, type AuthenticatedUser } from '@tsunagu/accounts/api';
import { HelperRegistrationService, type RegisterHelperInput } from '@tsunagu/npo/api';
import { type GqlResult, SessionClient, errorCode } from '../accounts/session-client';
import { type NeedsWorld, PASSWORD, createNeedsWorld, inDays } from '../needs/needs-world';

type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'hidden';
type Caller = 'anonymous' | 'registrant' | 'officer' | 'npoMember' | 'staff';
const PEOPLE: Caller[] = ['anonymous', 'registrant', 'officer', 'npoMember', 'staff'];

const outcomeOf = (r: GqlResult, isPrivateShown?: (data: Record<string, unknown>) => boolean): Outcome => {
  const code = errorCode(r);
  if (code) return code as Outcome;
  if (r.errors) throw new Error(r.errors[0].message);
  if (isPrivateShown) return isPrivateShown(r.data ?? {}) ? 'ok' : 'hidden';
  return 'ok';
};

let serial = 0;
const helperInput = (kind = 'COMPANY'): RegisterHelperInput =>
  ({
    kind,
    name: `株式会社マトリクス${++serial}`,
    ward: '八幡西区',
    purpose: '子ども食堂の配膳や、会場の準備を手伝います。',
    fields: [13],
  }) as RegisterHelperInput;

/**
 * Every helper operation (registration, staff creation and review, a pending helper's page, an
 * offer in a pending helper's name, editing a company's profile) by each kind of caller: anonymous,
 * the registrant (member of the helper), a community officer, an NPO's member, staff.
 */
describe('helpers authorisation matrix', () => {
  let w: NeedsWorld;
  const as = {} as Record<Caller, SessionClient>;
  let registrant: AuthenticatedUser;
  let registration: HelperRegistrationService;

  beforeAll(async () => {
    w = await createNeedsWorld();
    const user = await w.t.app.get(AccountService).create({
      email: 'registrant@example.jp',
      password: PASSWORD,
      displayName: '登録した人',
      role: 'MEMBER',
    });
    registrant = { id: user.id, role: 'MEMBER', displayName: '登録した人' } as AuthenticatedUser;
    as.anonymous = w.as.anonymous;
    as.officer = w.as.officer;
    as.npoMember = w.as.npoMember;
    as.staff = w.as.staff;
    as.registrant = await new SessionClient(w.t.baseUrl).signIn('registrant@example.jp', PASSWORD);
    registration = w.t.app.get(HelperRegistrationService);
  });
  afterAll(async () => {
    await w?.t.close();
  });

  /** A company the registrant registered, waiting for staff (written by the service: no rate limit). */
  const pendingHelper = async () => (await registration.register(registrant, helperInput())).id;
  const publishedNeed = async () => {
    const r = await w.as.officer.gql<{ postNeed: { id: string } }>(
      `mutation($i: PostNeedInput!) { postNeed(input: $i) { id } }`,
      {
        i: {
          groupId: w.group,
          publish: true,
          title: '子ども食堂の配膳',
          description: '子ども食堂の配膳を手伝ってください。',
          deadline: inDays(9),
        },
      },
    );
    return r.data!.postNeed.id;
  };

  const REGISTER = `mutation($i: RegisterHelperInput!) { registerHelper(input: $i) { id status } }`;
  const CREATE = `mutation($i: RegisterHelperInput!) { createHelper(input: $i) { id status } }`;

  const cases: Array<{ name: string; expect: Record<Caller, Outcome>; run: (p: Caller) => Promise<Outcome> }> = [
    {
      name: 'registerHelper',
      expect: { anonymous: 'UNAUTHENTICATED', registrant: 'ok', officer: 'ok', npoMember: 'ok', staff: 'ok' },
      run: async (p) => outcomeOf(await as[p].gql(REGISTER, { i: helperInput('UNIVERSITY') })),
    },
    {
      name: 'createHelper',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        registrant: 'FORBIDDEN',
        officer: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        staff: 'ok',
      },
      run: async (p) => outcomeOf(await as[p].gql(CREATE, { i: helperInput('OTHER') })),
    },
    {
      name: 'pendingHelpers (with the registrant’s private name and email)',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        registrant: 'FORBIDDEN',
        officer: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        staff: 'ok',
      },
      run: async (p) => {
        await pendingHelper();
        return outcomeOf(await as[p].gql(`{ pendingHelpers { npo { id } registrantName registrantEmail } }`), (d) =>
          (d['pendingHelpers'] as Array<{ registrantEmail: string | null }>).some(
            (h) => h.registrantEmail === 'registrant@example.jp',
          ),
        );
      },
    },
    {
      name: 'verifyHelper',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        registrant: 'FORBIDDEN',
        officer: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        staff: 'ok',
      },
      run: async (p) =>
        outcomeOf(
          await as[p].gql(`mutation($id: ID!) { verifyHelper(id: $id) { id } }`, { id: await pendingHelper() }),
        ),
    },
    {
      name: 'refuseHelper',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        registrant: 'FORBIDDEN',
        officer: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        staff: 'ok',
      },
      run: async (p) =>
        outcomeOf(
          await as[p].gql(`mutation($id: ID!) { refuseHelper(id: $id, reason: "活動を確認できませんでした") { id } }`, {
            id: await pendingHelper(),
          }),
        ),
    },
    {
      name: 'npo(id) of a helper waiting for staff',
      expect: { anonymous: 'NOT_FOUND', registrant: 'ok', officer: 'NOT_FOUND', npoMember: 'NOT_FOUND', staff: 'ok' },
      run: async (p) =>
        outcomeOf(await as[p].gql(`query($id: ID!) { npo(id: $id) { id status } }`, { id: await pendingHelper() })),
    },
    {
      name: 'myHelpers (only what the caller looks after)',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        registrant: 'ok',
        officer: 'hidden',
        npoMember: 'hidden',
        staff: 'hidden',
      },
      run: async (p) => {
        const id = await pendingHelper();
        return outcomeOf(await as[p].gql(`{ myHelpers { id } }`), (data) =>
          (data['myHelpers'] as Array<{ id: string }>).some((h) => h.id === id),
        );
      },
    },
    {
      name: 'offerHelp in the name of a helper waiting for staff',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        registrant: 'FORBIDDEN',
        officer: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        staff: 'FORBIDDEN',
      },
      run: async (p) =>
        outcomeOf(
          await as[p].gql(
            `mutation($n: ID!, $o: ID!) { offerHelp(needId: $n, npoId: $o, message: "配膳のお手伝いができます。よろしくお願いします。") { id } }`,
            { n: await publishedNeed(), o: await pendingHelper() },
          ),
        ),
    },
    {
      // Answered as for an id that does not exist: the helper is not public yet.
      name: 'claimNpo of a helper waiting for staff',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        registrant: 'NOT_FOUND',
        officer: 'NOT_FOUND',
        npoMember: 'NOT_FOUND',
        staff: 'NOT_FOUND',
      },
      run: async (p) =>
        outcomeOf(
          await as[p].gql(`mutation($id: ID!) { claimNpo(npoId: $id, message: "わたしたちの団体です。") { id } }`, {
            id: await pendingHelper(),
          }),
        ),
    },
    {
      name: 'updateNpoProfile of a helper waiting for staff',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        registrant: 'ok',
        officer: 'NOT_FOUND',
        npoMember: 'NOT_FOUND',
        staff: 'ok',
      },
      run: async (p) =>
        outcomeOf(
          await as[p].gql(
            `mutation($id: ID!) { updateNpoProfile(npoId: $id, input: { introduction: "配膳が得意です。" }) { id } }`,
            { id: await pendingHelper() },
          ),
        ),
    },
    {
      name: 'updateNpoProfile of a verified company',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        registrant: 'ok',
        officer: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        staff: 'ok',
      },
      run: async (p) => {
        const id = await pendingHelper();
        await as.staff.gql(`mutation($id: ID!) { verifyHelper(id: $id) { id } }`, { id });
        return outcomeOf(
          await as[p].gql(
            `mutation($id: ID!) { updateNpoProfile(npoId: $id, input: { introduction: "配膳が得意です。" }) { id } }`,
            { id },
          ),
        );
      },
    },
  ];

  for (const operation of cases) {
    it(operation.name, async () => {
      const actual = {} as Record<Caller, Outcome>;
      for (const person of PEOPLE) actual[person] = await operation.run(person);
      expect(actual).toEqual(operation.expect);
    });
  }

  it('the refusal of a pending helper’s offer says why; once verified, its member offers', async () => {
    const id = await pendingHelper();
    const needId = await publishedNeed();
    const OFFER = `mutation($n: ID!, $o: ID!) { offerHelp(needId: $n, npoId: $o, message: "配膳のお手伝いができます。よろしくお願いします。") { id status } }`;
    const refused = await as.registrant.gql(OFFER, { n: needId, o: id });
    expect(refused.errors?.[0].message).toBe(
      '市がまだこの団体を確認していないため、この団体として申し出ることはできません。',
    );
    await as.staff.gql(`mutation($id: ID!) { verifyHelper(id: $id) { id } }`, { id });
    const made = await as.registrant.gql<{ offerHelp: { status: string } }>(OFFER, { n: needId, o: id });
    expect(made.data?.offerHelp.status).toBe('PENDING');
  });
});
