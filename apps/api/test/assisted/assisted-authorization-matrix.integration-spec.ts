import { type GqlResult, errorCode } from '../accounts/session-client';
import { OFFER, inDays } from '../needs/needs-world';
import { type AssistedWorld, assignCentreStaff, createAssistedGroup, createAssistedWorld } from './assisted-world';

type Outcome = 'ok' | 'hidden' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';
type Caller = 'anonymous' | 'officer' | 'npoMember' | 'centreStaff' | 'otherCentreStaff' | 'delegate' | 'staff';
const CALLERS: Caller[] = ['anonymous', 'officer', 'npoMember', 'centreStaff', 'otherCentreStaff', 'delegate', 'staff'];

const outcomeOf = (r: GqlResult<unknown>): Outcome => {
  const code = errorCode(r);
  if (code) return code as Outcome;
  if (r.errors) throw new Error(r.errors[0]?.message);
  return 'ok';
};
const centreOnly: Record<Caller, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  officer: 'FORBIDDEN',
  npoMember: 'FORBIDDEN',
  centreStaff: 'ok',
  otherCentreStaff: 'FORBIDDEN',
  delegate: 'FORBIDDEN',
  staff: 'ok',
};

const POST_DRAFT = `mutation($g: ID!) { postNeed(input: { groupId: $g, title: "代理の下書き", description: "代わりに書いている下書きです。", fields: [3], deadline: "${inDays(20)}" }) { id } }`;

/**
 * Every assisted-mode operation, by every kind of caller: an officer of a group of their own (with
 * a delegate), an NPO member, the staff of the centre that looks after the assisted group, the
 * staff of another centre, the officer's delegate, city staff and an anonymous visitor. Centre
 * staff act only for their centre's groups, delegates only for their group; every proxy action
 * is in the audit log; the officer's phone follows the privacy rule.
 */
describe('assisted mode authorisation matrix', () => {
  let w: AssistedWorld;
  let group: string;
  let offer: string;
  const as = (c: Caller) =>
    c === 'centreStaff' || c === 'otherCentreStaff' || c === 'delegate' ? w.people[c] : w.as[c];

  beforeAll(async () => {
    w = await createAssistedWorld();
    await assignCentreStaff(w.as.staff, w.centre, 'centrestaff@example.jp');
    await assignCentreStaff(w.as.staff, w.otherCentre, 'othercentrestaff@example.jp');
    group = (await createAssistedGroup(w.people.centreStaff, w.centre)).data!.createAssistedGroup.id;
    const need = await w.people.centreStaff.gql<{ postNeed: { id: string } }>(
      `mutation($g: ID!) { postNeed(input: { groupId: $g, publish: true, title: "防災訓練の講師を探しています", description: "町内の防災訓練で、避難のしかたを教えてくれる方を探しています。", fields: [8], deadline: "${inDays(20)}" }) { id } }`,
      { g: group },
    );
    if (!need.data) throw new Error(JSON.stringify(need.errors));
    const made = await w.as.npoMember.gql<{ offerHelp: { id: string } }>(OFFER, {
      n: need.data!.postNeed.id,
      o: w.npo,
      m: '防災士が2名で伺えます。土日なら大丈夫です。',
    });
    if (!made.data) throw new Error(JSON.stringify(made.errors));
    offer = made.data.offerHelp.id;
    await w.as.officer.gql(
      `mutation($g: ID!) { addGroupDelegate(input: { groupId: $g, email: "delegate@example.jp", relation: FAMILY }) { userId } }`,
      { g: w.group },
    );
  });
  afterAll(async () => {
    await w?.t.close();
  });

  const cases: Array<{ name: string; expect: Record<Caller, Outcome>; run: (c: Caller) => Promise<Outcome> }> = [
    {
      name: 'centreDesk of the centre',
      expect: centreOnly,
      run: async (c) =>
        outcomeOf(await as(c).gql(`query($c: ID!) { centreDesk(centreId: $c) { centre { id } } }`, { c: w.centre })),
    },
    {
      name: 'createAssistedGroup at the centre',
      expect: centreOnly,
      run: async (c) => outcomeOf(await createAssistedGroup(as(c), w.centre, { name: `登録テスト ${c}` })),
    },
    {
      name: 'postNeed for the assisted group',
      expect: centreOnly,
      run: async (c) => outcomeOf(await as(c).gql(POST_DRAFT, { g: group })),
    },
    {
      name: 'recordPhoneReply (a message) on the assisted group’s offer',
      expect: { ...centreOnly, officer: 'NOT_FOUND', otherCentreStaff: 'NOT_FOUND', delegate: 'NOT_FOUND' },
      run: async (c) =>
        outcomeOf(
          await as(c).gql(
            `mutation($o: ID!) { recordPhoneReply(input: { offerId: $o, answer: MESSAGE, message: "伝言です", takenBy: "山田" }) { id } }`,
            { o: offer },
          ),
        ),
    },
    {
      name: 'issueTakeoverCode for the assisted group',
      expect: centreOnly,
      run: async (c) =>
        outcomeOf(await as(c).gql(`mutation($g: ID!) { issueTakeoverCode(groupId: $g) { code } }`, { g: group })),
    },
    {
      name: 'the assisted officer’s phone (communityGroup.contactPhone)',
      expect: {
        anonymous: 'hidden',
        officer: 'hidden',
        npoMember: 'hidden',
        centreStaff: 'ok',
        otherCentreStaff: 'hidden',
        delegate: 'hidden',
        staff: 'ok',
      },
      run: async (c) => {
        const r = await as(c).gql<{ communityGroup: { contactPhone: string | null } }>(
          `query($g: ID!) { communityGroup(id: $g) { contactPhone } }`,
          { g: group },
        );
        return r.data?.communityGroup.contactPhone ? 'ok' : r.data ? 'hidden' : outcomeOf(r);
      },
    },
    {
      name: 'postNeed for the officer’s own group (its delegate may; centres and the city may not)',
      expect: { ...centreOnly, officer: 'ok', centreStaff: 'FORBIDDEN', delegate: 'ok', staff: 'FORBIDDEN' },
      run: async (c) => outcomeOf(await as(c).gql(POST_DRAFT, { g: w.group })),
    },
    {
      name: 'addGroupDelegate to the officer’s group (its own members only)',
      expect: { ...centreOnly, officer: 'ok', centreStaff: 'FORBIDDEN', staff: 'FORBIDDEN' },
      run: async (c) =>
        outcomeOf(
          await as(c).gql(
            `mutation($g: ID!) { addGroupDelegate(input: { groupId: $g, email: "takeoverofficer@example.jp", relation: NEIGHBOUR }) { userId } }`,
            { g: w.group },
          ),
        ),
    },
    {
      name: 'assignCentreStaff (city staff only)',
      expect: { ...centreOnly, centreStaff: 'FORBIDDEN' },
      run: async (c) => outcomeOf(await assignCentreStaff(as(c), w.centre, 'centrestaff@example.jp')),
    },
  ];

  for (const operation of cases) {
    it(operation.name, async () => {
      const actual = {} as Record<Caller, Outcome>;
      for (const caller of CALLERS) actual[caller] = await operation.run(caller);
      expect(actual).toEqual(operation.expect);
    });
  }

  it('every proxy action is in the audit log, with who did it and as whom', async () => {
    const marked: Array<{ id: string; by: string; kind: string }> = await w.db.query(
      `SELECT id, entered_by_proxy->>'userId' AS by, entered_by_proxy->>'kind' AS kind FROM need WHERE entered_by_proxy IS NOT NULL
       UNION ALL
       SELECT offer_id, entered_by_proxy->>'userId', entered_by_proxy->>'kind' FROM offer_message WHERE entered_by_proxy IS NOT NULL`,
    );
    expect(marked.length).toBeGreaterThanOrEqual(4);
    expect(new Set(marked.map((m) => m.kind))).toEqual(new Set(['CENTRE', 'CITY', 'DELEGATE', 'PHONE']));
    for (const row of marked) {
      const [audit] = await w.db.query(
        `SELECT count(*)::int AS n FROM audit_log
          WHERE action LIKE 'proxy.%' AND target_id = $1 AND actor_user_id = $2 AND detail->>'actingAs' = $3`,
        [row.id, row.by, row.kind],
      );
      expect({ ...row, audited: audit.n > 0 }).toEqual({ ...row, audited: true });
    }
  });
});
