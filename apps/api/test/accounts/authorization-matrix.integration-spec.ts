import { DataSource } from 'typeorm';
import { AccountService } from '@tsunagu/accounts/api';
import { NpoImportService } from '@tsunagu/npo/api';
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
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'hidden';

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

  it("never returns an officer's contact through search or the NPO API", async () => {
    const everything = JSON.stringify(
      await client.member!.gql(`{ searchNpos(input: { query: "group-a" }) { total hits { npo { name } } } }`),
    );
    expect(everything).not.toContain('093-111-2222');
    expect(everything).not.toContain('group-a@example.jp');
  });
});
