import { type GqlResult, errorCode } from '../accounts/session-client';
import { type NeedsWorld, type Person, createNeedsWorld, inDays } from './needs-world';

type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'hidden';
type Caller = Exclude<Person, 'pendingOfficer'>;
const PEOPLE: Caller[] = ['anonymous', 'officer', 'otherOfficer', 'npoMember', 'otherNpoMember', 'staff'];

const outcomeOf = (r: GqlResult, isPrivateShown?: (data: Record<string, unknown>) => boolean): Outcome => {
  const code = errorCode(r);
  if (code) return code as Outcome;
  if (r.errors) throw new Error(r.errors[0].message);
  if (isPrivateShown) return isPrivateShown(r.data ?? {}) ? 'ok' : 'hidden';
  return 'ok';
};

/**
 * Every needs operation that changes something or returns private data, called by each kind
 * of caller (anonymous, the group's officer, another group's officer, the offering NPO's member,
 * another NPO's member, staff); each cell is the expected outcome.
 */
describe('needs authorisation matrix', () => {
  let w: NeedsWorld;

  beforeAll(async () => {
    w = await createNeedsWorld();
  });
  afterAll(async () => {
    await w?.t.close();
  });

  const draft = async () =>
    (
      await w.as.officer.gql<{ postNeed: { id: string } }>(
        `mutation($i: PostNeedInput!) { postNeed(input: $i) { id } }`,
        {
          i: {
            groupId: w.group,
            publish: false,
            title: '下書きの募集',
            description: '子ども食堂の配膳を手伝ってください。',
            deadline: inDays(9),
          },
        },
      )
    ).data!.postNeed.id;
  const published = async () => {
    const id = await draft();
    await w.as.officer.gql(`mutation($id: ID!) { publishNeed(id: $id) { id } }`, { id });
    return id;
  };
  const offer = async (accept?: boolean) => {
    const needId = await published();
    const made = await w.as.npoMember.gql<{ offerHelp: { id: string } }>(
      `mutation($n: ID!, $o: ID!) { offerHelp(needId: $n, npoId: $o, message: "配膳のお手伝いができます。よろしくお願いします。") { id } }`,
      { n: needId, o: w.npo },
    );
    const offerId = made.data!.offerHelp.id;
    if (accept !== undefined) {
      await w.as.officer.gql(`mutation($o: ID!, $a: Boolean!) { respondToOffer(offerId: $o, accept: $a) { id } }`, {
        o: offerId,
        a: accept,
      });
    }
    return offerId;
  };

  const cases: Array<{ name: string; expect: Record<Caller, Outcome>; run: (p: Caller) => Promise<Outcome> }> = [
    {
      name: 'postNeed for a group',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        officer: 'ok',
        otherOfficer: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        otherNpoMember: 'FORBIDDEN',
        staff: 'FORBIDDEN',
      },
      run: async (p) =>
        outcomeOf(
          await w.as[p].gql(`mutation($i: PostNeedInput!) { postNeed(input: $i) { id } }`, {
            i: { groupId: w.group, publish: false, title: '防災訓練' },
          }),
        ),
    },
    {
      name: 'updateNeed (published)',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        officer: 'ok',
        otherOfficer: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        otherNpoMember: 'FORBIDDEN',
        staff: 'FORBIDDEN',
      },
      run: async (p) =>
        outcomeOf(
          await w.as[p].gql(`mutation($id: ID!) { updateNeed(id: $id, input: { place: "集会所" }) { id } }`, {
            id: await published(),
          }),
        ),
    },
    {
      name: 'need (draft)',
      expect: {
        anonymous: 'NOT_FOUND',
        officer: 'ok',
        otherOfficer: 'NOT_FOUND',
        npoMember: 'NOT_FOUND',
        otherNpoMember: 'NOT_FOUND',
        staff: 'ok',
      },
      run: async (p) => outcomeOf(await w.as[p].gql(`query($id: ID!) { need(id: $id) { id } }`, { id: await draft() })),
    },
    {
      name: 'publishNeed',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        officer: 'ok',
        otherOfficer: 'NOT_FOUND',
        npoMember: 'NOT_FOUND',
        otherNpoMember: 'NOT_FOUND',
        staff: 'FORBIDDEN',
      },
      run: async (p) =>
        outcomeOf(await w.as[p].gql(`mutation($id: ID!) { publishNeed(id: $id) { id } }`, { id: await draft() })),
    },
    {
      name: 'closeNeed',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        officer: 'ok',
        otherOfficer: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        otherNpoMember: 'FORBIDDEN',
        staff: 'FORBIDDEN',
      },
      run: async (p) =>
        outcomeOf(
          await w.as[p].gql(`mutation($id: ID!) { closeNeed(id: $id, outcome: CANCELLED) { id } }`, {
            id: await published(),
          }),
        ),
    },
    {
      name: 'hideNeed',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        officer: 'FORBIDDEN',
        otherOfficer: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        otherNpoMember: 'FORBIDDEN',
        staff: 'ok',
      },
      run: async (p) =>
        outcomeOf(await w.as[p].gql(`mutation($id: ID!) { hideNeed(id: $id) { id } }`, { id: await published() })),
    },
    {
      name: 'matchNposForNeed (draft)',
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
          await w.as[p].gql(`query($id: ID!) { matchNposForNeed(needId: $id) { score } }`, { id: await draft() }),
        ),
    },
    {
      name: 'offerHelp in the name of npoMember’s NPO',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        officer: 'FORBIDDEN',
        otherOfficer: 'FORBIDDEN',
        npoMember: 'ok',
        otherNpoMember: 'FORBIDDEN',
        staff: 'FORBIDDEN',
      },
      run: async (p) =>
        outcomeOf(
          await w.as[p].gql(
            `mutation($n: ID!, $o: ID!) { offerHelp(needId: $n, npoId: $o, message: "お手伝いできます。よろしくお願いします。") { id } }`,
            {
              n: await published(),
              o: w.npo,
            },
          ),
        ),
    },
    {
      name: 'respondToOffer',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        officer: 'ok',
        otherOfficer: 'NOT_FOUND',
        npoMember: 'FORBIDDEN',
        otherNpoMember: 'NOT_FOUND',
        staff: 'FORBIDDEN',
      },
      run: async (p) =>
        outcomeOf(
          await w.as[p].gql(`mutation($o: ID!) { respondToOffer(offerId: $o, accept: false) { id } }`, {
            o: await offer(),
          }),
        ),
    },
    {
      name: 'withdrawOffer',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        officer: 'FORBIDDEN',
        otherOfficer: 'NOT_FOUND',
        npoMember: 'ok',
        otherNpoMember: 'NOT_FOUND',
        staff: 'FORBIDDEN',
      },
      run: async (p) =>
        outcomeOf(await w.as[p].gql(`mutation($o: ID!) { withdrawOffer(offerId: $o) { id } }`, { o: await offer() })),
    },
    {
      name: 'sendMessage (accepted offer)',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        officer: 'ok',
        otherOfficer: 'NOT_FOUND',
        npoMember: 'ok',
        otherNpoMember: 'NOT_FOUND',
        staff: 'FORBIDDEN',
      },
      run: async (p) =>
        outcomeOf(
          await w.as[p].gql(`mutation($o: ID!) { sendMessage(offerId: $o, body: "よろしくお願いします") { id } }`, {
            o: await offer(true),
          }),
        ),
    },
    {
      name: 'offer contacts (pending: private)',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        officer: 'hidden',
        otherOfficer: 'NOT_FOUND',
        npoMember: 'hidden',
        otherNpoMember: 'NOT_FOUND',
        staff: 'ok',
      },
      run: async (p) =>
        outcomeOf(
          await w.as[p].gql(`query($o: ID!) { offer(id: $o) { contacts { groupPhone } } }`, { o: await offer() }),
          (d) => (d['offer'] as { contacts: unknown }).contacts !== null,
        ),
    },
    {
      name: 'offer contacts (accepted: both parties)',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        officer: 'ok',
        otherOfficer: 'NOT_FOUND',
        npoMember: 'ok',
        otherNpoMember: 'NOT_FOUND',
        staff: 'ok',
      },
      run: async (p) =>
        outcomeOf(
          await w.as[p].gql(`query($o: ID!) { offer(id: $o) { contacts { groupPhone } } }`, { o: await offer(true) }),
          (d) => (d['offer'] as { contacts: unknown }).contacts !== null,
        ),
    },
    {
      name: 'recommendedNeedsForNpo',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        officer: 'FORBIDDEN',
        otherOfficer: 'FORBIDDEN',
        npoMember: 'ok',
        otherNpoMember: 'FORBIDDEN',
        staff: 'ok',
      },
      run: async (p) =>
        outcomeOf(await w.as[p].gql(`query($n: ID!) { recommendedNeedsForNpo(npoId: $n) { score } }`, { n: w.npo })),
    },
    {
      name: 'inviteNpoToNeed',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        officer: 'ok',
        otherOfficer: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        otherNpoMember: 'FORBIDDEN',
        staff: 'FORBIDDEN',
      },
      run: async (p) =>
        outcomeOf(
          await w.as[p].gql(`mutation($n: ID!, $o: ID!) { inviteNpoToNeed(needId: $n, npoId: $o) }`, {
            n: await published(),
            o: w.otherNpo,
          }),
        ),
    },
    {
      name: 'staffNeeds (hidden needs too)',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        officer: 'FORBIDDEN',
        otherOfficer: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        otherNpoMember: 'FORBIDDEN',
        staff: 'ok',
      },
      run: async (p) => outcomeOf(await w.as[p].gql(`{ staffNeeds { id hidden } }`)),
    },
    {
      name: 'GET /api/staff/needs.csv',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        officer: 'FORBIDDEN',
        otherOfficer: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        otherNpoMember: 'FORBIDDEN',
        staff: 'ok',
      },
      run: async (p) => {
        const cookie = w.as[p].cookie;
        const res = await fetch(`${w.t.baseUrl}/api/staff/needs.csv`, { headers: cookie ? { cookie } : {} });
        return (
          ({ 200: 'ok', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN' } as Record<number, Outcome>)[res.status] ??
          (`HTTP ${res.status}` as Outcome)
        );
      },
    },
    {
      name: 'myNeeds / myOffers / notifications / setMailPreference',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        officer: 'ok',
        otherOfficer: 'ok',
        npoMember: 'ok',
        otherNpoMember: 'ok',
        staff: 'ok',
      },
      run: async (p) => {
        const outcomes = [
          outcomeOf(await w.as[p].gql(`{ myNeeds { id } }`)),
          outcomeOf(await w.as[p].gql(`{ myOffers { id } }`)),
          outcomeOf(await w.as[p].gql(`{ notifications { id } unreadNotificationCount }`)),
          outcomeOf(await w.as[p].gql(`mutation { setMailPreference(preference: EACH) }`)),
        ];
        return outcomes.every((o) => o === outcomes[0]) ? outcomes[0] : (`mixed ${outcomes.join(',')}` as Outcome);
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

  it('nobody sees a group’s own needs list but its members', async () => {
    const id = await draft();
    for (const person of ['otherOfficer', 'npoMember', 'staff'] as const) {
      const mine = await w.as[person].gql<{ myNeeds: Array<{ id: string }> }>(`{ myNeeds { id } }`);
      expect(mine.data!.myNeeds.map((n) => n.id)).not.toContain(id);
    }
  });
});
