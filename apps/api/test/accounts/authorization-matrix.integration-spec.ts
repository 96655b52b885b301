import { DataSource } from 'typeorm';
import { AccountService } from '@tsunagu/accounts/api';
import { NpoImportService } from '@tsunagu/npo/api';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import { type TestApp, startTestApp } from '../test-services';
import { OpenDataFixture } from '../npo/open-data-fixture';
import { SessionClient, errorCode, type GqlResult } from './session-client';

type Actor =
  'anonymous' | 'member' | 'groupOwner' | 'otherGroupMember' | 'npoMember' | 'otherNpoMember' | 'staff' | 'admin';
const ACTORS: Actor[] = [
  'anonymous',
  'member',
  'groupOwner',
  'otherGroupMember',
  'npoMember',
  'otherNpoMember',
  'staff',
  'admin',
];
/** ok: allowed; UNAUTHENTICATED / FORBIDDEN / NOT_FOUND: refused with that code; hidden: answered but private fields null */
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'hidden';

const PASSWORD = 'matrix-password-1';

/**
 * Every operation that changes something or returns private data, called by every kind of
 * caller; each cell states the expected outcome. Authorisation lives in the policies and the
 * policy guard; this test is what keeps them honest.
 */
describe('authorisation matrix', () => {
  let t: TestApp;
  const client: Partial<Record<Actor, SessionClient>> = {};
  let groupA: string;
  let pendingGroup: string;
  let npoX: string;
  let npoY: string;
  let npoZ: string;
  const claimToDecide: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const fixture = await OpenDataFixture.create();
    await t.app.get(NpoImportService).importFile({
      filePath: await fixture.zip(
        'matrix',
        fixture.rows({ count: 20, outsideCityCount: 0, seed: 4, dissolvedRatio: 0 }),
      ),
      fileName: 'matrix.zip',
      source: 'CLI',
      startedBy: 'test',
    });
    const accounts = t.app.get(AccountService);
    for (const actor of ACTORS.filter((a) => a !== 'anonymous')) {
      const role = actor === 'staff' ? 'STAFF' : actor === 'admin' ? 'ADMIN' : 'MEMBER';
      await accounts.create({
        email: `${actor.toLowerCase()}@example.jp`,
        password: PASSWORD,
        displayName: actor,
        role,
      });
    }
    for (const actor of ACTORS) {
      const c = new SessionClient(t.baseUrl);
      client[actor] = actor === 'anonymous' ? c : await c.signIn(`${actor.toLowerCase()}@example.jp`, PASSWORD);
    }
    const register = async (actor: Actor, name: string) =>
      (
        await client[actor]!.gql<{ registerCommunityGroup: { id: string } }>(
          `mutation($i: RegisterCommunityGroupInput!) { registerCommunityGroup(input: $i) { id } }`,
          {
            i: {
              name,
              kind: 'JICHIKAI',
              ward: '若松区',
              representativeName: '代表 太郎',
              contactPhone: '093-111-2222',
              contactEmail: `${name}@example.jp`,
            },
          },
        )
      ).data!.registerCommunityGroup.id;
    groupA = await register('groupOwner', 'group-a');
    await register('otherGroupMember', 'group-b');
    pendingGroup = await register('groupOwner', 'group-pending');
    await client.staff!.gql(`mutation($id: ID!) { approveCommunityGroup(id: $id) { id } }`, { id: groupA });

    const npoIds: string[] = (await t.app.get(DataSource).query(`SELECT id FROM npo ORDER BY name LIMIT 5`)).map(
      (r: { id: string }) => r.id,
    );
    [npoX, npoY] = npoIds;
    npoZ = npoIds[4];
    for (const [actor, npo] of [
      ['npoMember', npoX],
      ['otherNpoMember', npoY],
    ] as const) {
      const claim = await client[actor]!.gql<{ claimNpo: { id: string } }>(
        `mutation($n: ID!) { claimNpo(npoId: $n, message: "事務局の担当です") { id } }`,
        { n: npo },
      );
      await client.staff!.gql(`mutation($c: ID!) { decideNpoClaim(claimId: $c, approve: true) { status } }`, {
        c: claim.data!.claimNpo.id,
      });
    }
    // Fresh claims, one per caller allowed to decide, so each decision has a pending claim.
    for (let i = 0; i < 2; i++) {
      const claim = await client.member!.gql<{ claimNpo: { id: string } }>(
        `mutation($n: ID!) { claimNpo(npoId: $n, message: "広報担当の者です") { id } }`,
        { n: npoIds[2 + i] },
      );
      claimToDecide.push(claim.data!.claimNpo.id);
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  function outcomeOf(
    result: GqlResult<Record<string, unknown>>,
    privateCheck?: (data: Record<string, unknown>) => boolean,
  ): Outcome {
    const code = errorCode(result);
    if (code) return code as Outcome;
    if (result.errors) throw new Error(result.errors[0].message);
    if (privateCheck) return privateCheck(result.data ?? {}) ? 'ok' : 'hidden';
    return 'ok';
  }

  const cases: Array<{
    name: string;
    expect: Record<Actor, Outcome>;
    run: (c: SessionClient, actor: Actor) => Promise<Outcome>;
  }> = [
    {
      name: 'registerCommunityGroup',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        member: 'ok',
        groupOwner: 'ok',
        otherGroupMember: 'ok',
        npoMember: 'ok',
        otherNpoMember: 'ok',
        staff: 'ok',
        admin: 'ok',
      },
      run: async (c, actor) =>
        outcomeOf(
          await c.gql(`mutation($i: RegisterCommunityGroupInput!) { registerCommunityGroup(input: $i) { id } }`, {
            i: { name: `new-${actor}`, kind: 'OTHER', ward: '戸畑区', representativeName: 'x' },
          }),
        ),
    },
    {
      name: 'approveCommunityGroup',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        member: 'FORBIDDEN',
        groupOwner: 'FORBIDDEN',
        otherGroupMember: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        otherNpoMember: 'FORBIDDEN',
        staff: 'ok',
        admin: 'ok',
      },
      run: async (c) =>
        outcomeOf(await c.gql(`mutation($id: ID!) { approveCommunityGroup(id: $id) { id } }`, { id: groupA })),
    },
    {
      name: 'pendingCommunityGroups (private contacts)',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        member: 'FORBIDDEN',
        groupOwner: 'FORBIDDEN',
        otherGroupMember: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        otherNpoMember: 'FORBIDDEN',
        staff: 'ok',
        admin: 'ok',
      },
      run: async (c) => outcomeOf(await c.gql(`{ pendingCommunityGroups { id contactPhone } }`)),
    },
    {
      name: 'communityGroup contact details (verified group)',
      expect: {
        anonymous: 'hidden',
        member: 'hidden',
        groupOwner: 'ok',
        otherGroupMember: 'hidden',
        npoMember: 'hidden',
        otherNpoMember: 'hidden',
        staff: 'ok',
        admin: 'ok',
      },
      run: async (c) =>
        outcomeOf(
          await c.gql(
            `query($id: ID!) { communityGroup(id: $id) { name representativeName contactPhone contactEmail } }`,
            { id: groupA },
          ),
          (d) => {
            const g = d['communityGroup'] as Record<string, string | null>;
            const shown = [g['representativeName'], g['contactPhone'], g['contactEmail']].filter((v) => v !== null);
            if (shown.length !== 0 && shown.length !== 3) throw new Error('contact partly shown');
            return shown.length === 3;
          },
        ),
    },
    {
      name: 'communityGroup before verification',
      expect: {
        anonymous: 'NOT_FOUND',
        member: 'NOT_FOUND',
        groupOwner: 'ok',
        otherGroupMember: 'NOT_FOUND',
        npoMember: 'NOT_FOUND',
        otherNpoMember: 'NOT_FOUND',
        staff: 'ok',
        admin: 'ok',
      },
      run: async (c) =>
        outcomeOf(await c.gql(`query($id: ID!) { communityGroup(id: $id) { id } }`, { id: pendingGroup })),
    },
    {
      name: 'inviteToCommunityGroup',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        member: 'FORBIDDEN',
        groupOwner: 'ok',
        otherGroupMember: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        otherNpoMember: 'FORBIDDEN',
        staff: 'FORBIDDEN',
        admin: 'FORBIDDEN',
      },
      run: async (c) =>
        outcomeOf(await c.gql(`mutation($g: ID!) { inviteToCommunityGroup(groupId: $g) { url } }`, { g: groupA })),
    },
    {
      name: 'claimNpo',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        member: 'ok',
        groupOwner: 'ok',
        otherGroupMember: 'ok',
        npoMember: 'ok',
        otherNpoMember: 'ok',
        staff: 'ok',
        admin: 'ok',
      },
      run: async (c) =>
        outcomeOf(
          await c.gql(`mutation($n: ID!) { claimNpo(npoId: $n, message: "理事をしています") { id } }`, { n: npoZ }),
        ),
    },
    {
      name: 'decideNpoClaim',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        member: 'FORBIDDEN',
        groupOwner: 'FORBIDDEN',
        otherGroupMember: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        otherNpoMember: 'FORBIDDEN',
        staff: 'ok',
        admin: 'ok',
      },
      run: async (c, actor) => {
        const claim = actor === 'staff' ? claimToDecide[0] : actor === 'admin' ? claimToDecide[1] : claimToDecide[0];
        return outcomeOf(
          await c.gql(`mutation($c: ID!) { decideNpoClaim(claimId: $c, approve: false) { status } }`, { c: claim }),
        );
      },
    },
    {
      name: 'pendingNpoClaims (claimant emails)',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        member: 'FORBIDDEN',
        groupOwner: 'FORBIDDEN',
        otherGroupMember: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        otherNpoMember: 'FORBIDDEN',
        staff: 'ok',
        admin: 'ok',
      },
      run: async (c) => outcomeOf(await c.gql(`{ pendingNpoClaims { id claimantEmail } }`)),
    },
    {
      name: 'updateNpoProfile (NPO X)',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        member: 'FORBIDDEN',
        groupOwner: 'FORBIDDEN',
        otherGroupMember: 'FORBIDDEN',
        npoMember: 'ok',
        otherNpoMember: 'FORBIDDEN',
        staff: 'ok',
        admin: 'ok',
      },
      run: async (c, actor) =>
        outcomeOf(
          await c.gql(
            `mutation($n: ID!, $i: UpdateNpoProfileInput!) { updateNpoProfile(npoId: $n, input: $i) { id } }`,
            {
              n: npoX,
              i: { introduction: `written by ${actor}` },
            },
          ),
        ),
    },
    {
      name: 'npoImportRuns (staff only)',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        member: 'FORBIDDEN',
        groupOwner: 'FORBIDDEN',
        otherGroupMember: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        otherNpoMember: 'FORBIDDEN',
        staff: 'ok',
        admin: 'ok',
      },
      run: async (c) => outcomeOf(await c.gql(`{ npoImportRuns(limit: 1) { id startedBy } }`)),
    },
    {
      name: 'POST /api/imports/npos (staff only)',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        member: 'FORBIDDEN',
        groupOwner: 'FORBIDDEN',
        otherGroupMember: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        otherNpoMember: 'FORBIDDEN',
        staff: 'ok',
        admin: 'ok',
      },
      run: async (c) => {
        const form = new FormData();
        form.append('file', new Blob(['not the open data']), 'x.csv');
        const res = await fetch(`${t.baseUrl}/api/imports/npos`, {
          method: 'POST',
          body: form,
          headers: c.cookie ? { cookie: c.cookie } : {},
        });
        return res.status === 202
          ? 'ok'
          : res.status === 401
            ? 'UNAUTHENTICATED'
            : res.status === 403
              ? 'FORBIDDEN'
              : (String(res.status) as Outcome);
      },
    },
    {
      name: 'auditLog',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        member: 'FORBIDDEN',
        groupOwner: 'FORBIDDEN',
        otherGroupMember: 'FORBIDDEN',
        npoMember: 'FORBIDDEN',
        otherNpoMember: 'FORBIDDEN',
        staff: 'ok',
        admin: 'ok',
      },
      run: async (c) => outcomeOf(await c.gql(`{ auditLog(limit: 5) { action } }`)),
    },
    {
      name: 'myPersonalData (only ever my own)',
      expect: {
        anonymous: 'UNAUTHENTICATED',
        member: 'ok',
        groupOwner: 'ok',
        otherGroupMember: 'ok',
        npoMember: 'ok',
        otherNpoMember: 'ok',
        staff: 'ok',
        admin: 'ok',
      },
      run: async (c, actor) =>
        outcomeOf(await c.gql(`{ myPersonalData }`), (d) => {
          const data = JSON.parse(String(d['myPersonalData'])) as { account: { email: string } };
          if (data.account.email !== `${actor.toLowerCase()}@example.jp`)
            throw new Error(`${actor} saw ${data.account.email}`);
          return true;
        }),
    },
  ];

  for (const operation of cases) {
    it(`${operation.name}`, async () => {
      const actual: Partial<Record<Actor, Outcome>> = {};
      for (const actor of ACTORS) actual[actor] = await operation.run(client[actor]!, actor);
      expect(actual).toEqual(operation.expect);
    });
  }

  const day = (offset: number) => new Date(Date.now() + 9 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
  const everyActor = async (run: (c: SessionClient, actor: Actor) => Promise<Outcome>) => {
    const actual: Partial<Record<Actor, Outcome>> = {};
    for (const actor of ACTORS) actual[actor] = await run(client[actor]!, actor);
    return actual;
  };

  it('a group approved then refused: its members can no longer post, publish or accept, and its needs are not visible', async () => {
    const owner = client.groupOwner!;
    // The matrix above used this person's group registrations of the hour (3 per person an hour).
    await t.app.get(DataSource).query(`DELETE FROM auth_throttle WHERE kind = 'group-registration:user'`);
    const groupId = (
      await owner.gql<{ registerCommunityGroup: { id: string } }>(
        `mutation($i: RegisterCommunityGroupInput!) { registerCommunityGroup(input: $i) { id } }`,
        { i: { name: 'group-refused-later', kind: 'JICHIKAI', ward: '若松区', representativeName: '代表 次郎' } },
      )
    ).data!.registerCommunityGroup.id;
    await client.staff!.gql(`mutation($id: ID!) { approveCommunityGroup(id: $id) { id } }`, { id: groupId });
    const post = (publish: boolean, title: string) =>
      owner.gql<{ postNeed: { id: string } }>(`mutation($i: PostNeedInput!) { postNeed(input: $i) { id } }`, {
        i: {
          groupId,
          publish,
          title,
          description: '若松の海岸で、ごみ拾いを手伝ってくれる方を探しています。',
          deadline: day(20),
        },
      });
    const published = (await post(true, '海岸清掃のお手伝い')).data!.postNeed.id;
    const draft = (await post(false, '海岸清掃 二回目')).data!.postNeed.id;
    const offer = (
      await client.npoMember!.gql<{ offerHelp: { id: string } }>(
        `mutation($n: ID!, $o: ID!) { offerHelp(needId: $n, npoId: $o, message: "会員三人で、当日の朝から手伝えます。") { id } }`,
        { n: published, o: npoX },
      )
    ).data!.offerHelp.id;
    await t.app.get(SearchOutboxWorker).drain();

    const refusal = await client.staff!.gql(
      `mutation($id: ID!) { approveCommunityGroup(id: $id, approve: false) { status } }`,
      { id: groupId },
    );
    expect(refusal.data).toEqual({ approveCommunityGroup: { status: 'REJECTED' } });

    expect({
      post: outcomeOf(await post(false, '海岸清掃 三回目')),
      publish: outcomeOf(await owner.gql(`mutation($id: ID!) { publishNeed(id: $id) { id } }`, { id: draft })),
      update: outcomeOf(
        await owner.gql(`mutation($id: ID!, $i: NeedDraftFields!) { updateNeed(id: $id, input: $i) { id } }`, {
          id: published,
          i: { title: '海岸清掃のお手伝い（変更）' },
        }),
      ),
      accept: outcomeOf(
        await owner.gql(`mutation($o: ID!) { respondToOffer(offerId: $o, accept: true) { status } }`, { o: offer }),
      ),
    }).toEqual({ post: 'FORBIDDEN', publish: 'FORBIDDEN', update: 'FORBIDDEN', accept: 'FORBIDDEN' });
    const [{ needs }] = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS needs FROM need WHERE group_id = $1`, [groupId]);
    expect(needs).toBe(2);

    // The need itself: the group, staff, and the NPO that already offered keep it; nobody else sees it.
    expect(
      await everyActor(async (c) =>
        outcomeOf(await c.gql(`query($id: ID!) { need(id: $id) { id } }`, { id: published })),
      ),
    ).toEqual({
      anonymous: 'NOT_FOUND',
      member: 'NOT_FOUND',
      groupOwner: 'ok',
      otherGroupMember: 'NOT_FOUND',
      npoMember: 'ok',
      otherNpoMember: 'NOT_FOUND',
      staff: 'ok',
      admin: 'ok',
    });
    // And search shows it to no one, at once (before the outbox is applied) and after.
    for (const drained of [false, true]) {
      if (drained) await t.app.get(SearchOutboxWorker).drain();
      const found = await everyActor(async (c) => {
        const r = await c.gql<{ searchNeeds: { hits: Array<{ id: string }> } }>(
          `{ searchNeeds(input: { query: "海岸清掃" }) { hits { id } } }`,
        );
        return r.data!.searchNeeds.hits.some((h) => h.id === published) ? 'ok' : 'NOT_FOUND';
      });
      expect({ drained, found }).toEqual({
        drained,
        found: Object.fromEntries(ACTORS.map((a) => [a, 'NOT_FOUND'])),
      });
    }
  });

  it('two staff approving the same claim at once: one wins, the other answers CONFLICT, never a server error', async () => {
    const [npo] = await t.app.get(DataSource).query(`SELECT id FROM npo ORDER BY name OFFSET 6 LIMIT 1`);
    const claim = (
      await client.member!.gql<{ claimNpo: { id: string } }>(
        `mutation($n: ID!) { claimNpo(npoId: $n, message: "会計担当です") { id } }`,
        { n: npo.id },
      )
    ).data!.claimNpo.id;
    const decide = (c: SessionClient) =>
      c.gql(`mutation($c: ID!) { decideNpoClaim(claimId: $c, approve: true) { status } }`, { c: claim });
    const outcomes = (await Promise.all([decide(client.staff!), decide(client.admin!)])).map((r) => outcomeOf(r));
    expect(outcomes.sort()).toEqual(['CONFLICT', 'ok']);
    const [{ members }] = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS members FROM npo_member WHERE npo_id = $1`, [npo.id]);
    expect(members).toBe(1);
  });

  it('one NPO applying to two booth types of a marché at once: one application, every other answer CONFLICT', async () => {
    const event = await client.staff!.gql<{ createMarcheEvent: { id: string } }>(
      `mutation($i: CreateMarcheEventInput!) { createMarcheEvent(input: $i) { id } }`,
      {
        i: {
          name: 'マトリクスのマルシェ',
          eventDate: day(100),
          venue: '北九州市役所 1階',
          applyFrom: day(-1),
          applyUntil: day(30),
          description: 'NPOと地域がつながる一日',
          boothTypes: [
            { code: 'EXHIBIT', name: '展示ブース', capacity: 5 },
            { code: 'STAGE', name: 'ステージ発表', capacity: 5, slotMinutes: 15 },
          ],
          questions: [],
        },
      },
    );
    const eventId = event.data!.createMarcheEvent.id;
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, async (_, i) =>
        outcomeOf(
          await client.npoMember!.gql(`mutation($i: ApplyToMarcheInput!) { applyToMarche(input: $i) { id } }`, {
            i: {
              eventId,
              npoId: npoX,
              boothType: i % 2 === 0 ? 'EXHIBIT' : 'STAGE',
              title: '活動紹介',
              description: '活動をパネルで紹介します。',
              consentPublish: true,
            },
          }),
        ),
      ),
    );
    expect(outcomes.sort()).toEqual([...Array.from({ length: 9 }, () => 'CONFLICT'), 'ok']);
  });

  it("never returns an officer's contact through search or the NPO API", async () => {
    const everything = JSON.stringify(
      await client.member!.gql(`{ searchNpos(input: { query: "group-a" }) { total hits { npo { name } } } }`),
    );
    expect(everything).not.toContain('093-111-2222');
    expect(everything).not.toContain('group-a@example.jp');
  });
});
