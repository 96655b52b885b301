import { DataSource } from 'typeorm';
import { AccountService } from '@tsunagu/accounts/api';
import { NpoImportService } from '@tsunagu/npo/api';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import { type TestApp, startTestApp } from '../test-services';
import { OpenDataFixture } from '../npo/open-data-fixture';
import { ACTORS, type Actor, type MatrixState, type Outcome, PASSWORD, outcomeOf } from './authorization-matrix.actors';
import { matrixCases } from './authorization-matrix.cases';
import { SessionClient } from './session-client';

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
  // The cases read the setup's results when they run, after beforeAll.
  const state: MatrixState = {
    get t() {
      return t;
    },
    client,
    get groupA() {
      return groupA;
    },
    get pendingGroup() {
      return pendingGroup;
    },
    get npoX() {
      return npoX;
    },
    get npoY() {
      return npoY;
    },
    get npoZ() {
      return npoZ;
    },
    claimToDecide,
  };

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

  const cases = matrixCases(state);

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
