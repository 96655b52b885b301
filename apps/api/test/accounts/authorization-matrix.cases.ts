import { type Actor, type MatrixCase, type MatrixState, type Outcome, outcomeOf } from './authorization-matrix.actors';

/**
 * Every operation that changes something or returns private data, with the outcome each kind of
 * caller gets. Read when the tests run, so `m` holds what the setup made.
 */
export const matrixCases = (m: MatrixState): MatrixCase[] => [
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
      outcomeOf(await c.gql(`mutation($id: ID!) { approveCommunityGroup(id: $id) { id } }`, { id: m.groupA })),
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
          { id: m.groupA },
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
      outcomeOf(await c.gql(`query($id: ID!) { communityGroup(id: $id) { id } }`, { id: m.pendingGroup })),
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
      outcomeOf(await c.gql(`mutation($g: ID!) { inviteToCommunityGroup(groupId: $g) { url } }`, { g: m.groupA })),
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
        await c.gql(`mutation($n: ID!) { claimNpo(npoId: $n, message: "理事をしています") { id } }`, { n: m.npoZ }),
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
      const claim =
        actor === 'staff' ? m.claimToDecide[0] : actor === 'admin' ? m.claimToDecide[1] : m.claimToDecide[0];
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
        await c.gql(`mutation($n: ID!, $i: UpdateNpoProfileInput!) { updateNpoProfile(npoId: $n, input: $i) { id } }`, {
          n: m.npoX,
          i: { introduction: `written by ${actor}` },
        }),
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
      const res = await fetch(`${m.t.baseUrl}/api/imports/npos`, {
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
  {
    name: 'schoolDistricts (the public list)',
    expect: everyone,
    run: async (c) => outcomeOf(await c.gql(`{ schoolDistricts(ward: "若松区", includeRetired: true) { id } }`)),
  },
  {
    name: 'saveSchoolDistrict (new)',
    expect: onlyStaff,
    run: async (c, actor) =>
      outcomeOf(
        await c.gql(`mutation($i: SaveSchoolDistrictInput!) { saveSchoolDistrict(input: $i) { id } }`, {
          i: { ward: '若松区', name: `matrix-${actor}` },
        }),
      ),
  },
  {
    name: 'retireSchoolDistrict',
    expect: onlyStaff,
    run: async (c) =>
      outcomeOf(
        await c.gql(`mutation($id: ID!) { retireSchoolDistrict(id: $id) { id } }`, {
          id: await districtIn(m, '若松区', 1),
        }),
      ),
  },
  {
    name: 'restoreSchoolDistrict',
    expect: onlyStaff,
    run: async (c) =>
      outcomeOf(
        await c.gql(`mutation($id: ID!) { restoreSchoolDistrict(id: $id) { id } }`, {
          id: await districtIn(m, '若松区', 1),
        }),
      ),
  },
  {
    name: "setGroupSchoolDistrict (group A's 校区)",
    expect: {
      anonymous: 'UNAUTHENTICATED',
      member: 'FORBIDDEN',
      groupOwner: 'ok',
      otherGroupMember: 'FORBIDDEN',
      npoMember: 'FORBIDDEN',
      otherNpoMember: 'FORBIDDEN',
      staff: 'ok',
      admin: 'ok',
    },
    run: async (c) =>
      outcomeOf(
        await c.gql(`mutation($g: ID!, $d: ID) { setGroupSchoolDistrict(groupId: $g, schoolDistrictId: $d) { id } }`, {
          g: m.groupA,
          d: await districtIn(m, '若松区', 0),
        }),
      ),
  },
  {
    name: 'cityDashboard (every area for staff; the public aggregates for everyone else)',
    expect: {
      ...everyone,
      anonymous: 'hidden',
      member: 'hidden',
      groupOwner: 'hidden',
      otherGroupMember: 'hidden',
      npoMember: 'hidden',
      otherNpoMember: 'hidden',
    },
    run: async (c) =>
      outcomeOf(
        await c.gql(`{ cityDashboard { audience } }`),
        (d) => (d['cityDashboard'] as { audience: string }).audience === 'STAFF',
      ),
  },
  {
    name: 'GET /api/impact/dashboard.csv (answered for everyone, with what each may see)',
    expect: everyone,
    run: async (c) => {
      const res = await c.get('/api/impact/dashboard.csv');
      return res.status === 200 ? 'ok' : 'FORBIDDEN';
    },
  },
];

const everyone: Record<Actor, Outcome> = {
  anonymous: 'ok',
  member: 'ok',
  groupOwner: 'ok',
  otherGroupMember: 'ok',
  npoMember: 'ok',
  otherNpoMember: 'ok',
  staff: 'ok',
  admin: 'ok',
};
const onlyStaff: Record<Actor, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  member: 'FORBIDDEN',
  groupOwner: 'FORBIDDEN',
  otherGroupMember: 'FORBIDDEN',
  npoMember: 'FORBIDDEN',
  otherNpoMember: 'FORBIDDEN',
  staff: 'ok',
  admin: 'ok',
};

/** The n-th 校区 of the ward in the seeded list (read through the public query). */
async function districtIn(m: MatrixState, ward: string, n: number): Promise<string> {
  const r = await m.client.anonymous!.gql<{ schoolDistricts: Array<{ id: string }> }>(
    `query($w: String) { schoolDistricts(ward: $w, includeRetired: true) { id } }`,
    { w: ward },
  );
  return r.data!.schoolDistricts[n].id;
}
