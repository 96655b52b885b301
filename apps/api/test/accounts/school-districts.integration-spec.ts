import { DataSource } from 'typeorm';
import { AccountService } from '@tsunagu/accounts/api';
import { type TestApp, startTestApp } from '../test-services';
import { SessionClient, errorCode } from './session-client';

const PASSWORD = 'districts-password-1';
type District = { id: string; ward: string; name: string; sortOrder: number; retired: boolean };
const LIST = `query($w: String, $r: Boolean) { schoolDistricts(ward: $w, includeRetired: $r) { id ward name sortOrder retired } }`;
const REGISTER = `mutation($i: RegisterCommunityGroupInput!) {
  registerCommunityGroup(input: $i) { id ward schoolDistrictId schoolDistrict { name ward } } }`;
const SAVE = `mutation($i: SaveSchoolDistrictInput!) { saveSchoolDistrict(input: $i) { id ward name sortOrder retired } }`;

/** 校区: the list staff keep, and the rule a group's choice follows (in its ward, still offered). */
describe('school districts (校区)', () => {
  let t: TestApp;
  let officer: SessionClient;
  let staff: SessionClient;
  const groupCount = async () =>
    (await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM community_group`))[0].n as number;
  const list = async (ward: string | null, includeRetired = false) =>
    (await officer.gql<{ schoolDistricts: District[] }>(LIST, { w: ward, r: includeRetired })).data!.schoolDistricts;
  const register = async (name: string, ward: string, schoolDistrictId: string | null) => {
    // one officer registers more groups here than the hourly limit allows a person
    await t.app.get(DataSource).query(`DELETE FROM auth_throttle WHERE kind = 'group-registration:user'`);
    return officer.gql<{
      registerCommunityGroup: { id: string; schoolDistrict: { name: string; ward: string } | null };
    }>(REGISTER, { i: { name, kind: 'JICHIKAI', ward, representativeName: '代表 花子', schoolDistrictId } });
  };

  beforeAll(async () => {
    t = await startTestApp();
    const accounts = t.app.get(AccountService);
    await accounts.create({ email: 'officer@example.jp', password: PASSWORD, displayName: '役員', role: 'MEMBER' });
    await accounts.create({ email: 'staff@example.jp', password: PASSWORD, displayName: '職員', role: 'STAFF' });
    officer = await new SessionClient(t.baseUrl).signIn('officer@example.jp', PASSWORD);
    staff = await new SessionClient(t.baseUrl).signIn('staff@example.jp', PASSWORD);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists each ward’s 校区 in the city’s order, for anyone', async () => {
    const yahatanishi = await list('八幡西区');
    expect(yahatanishi.length).toBeGreaterThan(5);
    expect(new Set(yahatanishi.map((d) => d.ward))).toEqual(new Set(['八幡西区']));
    const orders = yahatanishi.map((d) => d.sortOrder);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    const all = await new SessionClient(t.baseUrl).gql<{ schoolDistricts: District[] }>(LIST, {});
    expect(new Set(all.data!.schoolDistricts.map((d) => d.ward)).size).toBe(7);
  });

  it('a group registers in a 校区 of its ward; one of another ward is refused in plain Japanese and nothing is saved', async () => {
    const [tobata] = await list('戸畑区');
    const ok = await register('中本町自治会', '戸畑区', tobata.id);
    expect(ok.data!.registerCommunityGroup.schoolDistrict).toEqual({ name: tobata.name, ward: '戸畑区' });

    const before = await groupCount();
    const wrong = await register('別の区の自治会', '若松区', tobata.id);
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].message).toContain('区と校区を選び直してください');
    expect(await groupCount()).toBe(before);

    const unsaid = await register('校区を知らない自治会', '若松区', null);
    expect(unsaid.data!.registerCommunityGroup.schoolDistrict).toBeNull();
  });

  it('staff add, rename, retire and restore a 校区; a retired one is no longer offered but its groups keep it', async () => {
    const added = (
      await staff.gql<{ saveSchoolDistrict: District }>(SAVE, { i: { ward: '小倉南区', name: '新町校区' } })
    ).data!.saveSchoolDistrict;
    // "校区" at the end is the officer's habit, not part of the name
    expect(added).toMatchObject({ ward: '小倉南区', name: '新町', retired: false });
    const minami = await list('小倉南区');
    expect(minami.at(-1)!.id).toBe(added.id);

    const twice = await staff.gql(SAVE, { i: { ward: '小倉南区', name: '新町' } });
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
    expect(twice.errors![0].message).toBe('小倉南区には「新町」という校区がもうあります。');

    const group = (await register('新町一丁目町内会', '小倉南区', added.id)).data!.registerCommunityGroup;
    const moved = await staff.gql(SAVE, { i: { id: added.id, ward: '門司区', name: '新町' } });
    expect(errorCode(moved)).toBe('BAD_USER_INPUT');
    expect(moved.errors![0].message).toContain('1の団体が入っているので');

    const renamed = await staff.gql<{ saveSchoolDistrict: District }>(SAVE, {
      i: { id: added.id, ward: '小倉南区', name: '新町東' },
    });
    expect(renamed.data!.saveSchoolDistrict).toMatchObject({ name: '新町東', sortOrder: added.sortOrder });

    await staff.gql(`mutation($id: ID!) { retireSchoolDistrict(id: $id) { id } }`, { id: added.id });
    expect((await list('小倉南区')).map((d) => d.id)).not.toContain(added.id);
    expect((await list('小倉南区', true)).find((d) => d.id === added.id)).toMatchObject({ retired: true });
    expect(errorCode(await register('後から来た町内会', '小倉南区', added.id))).toBe('BAD_USER_INPUT');
    const kept = await officer.gql<{ communityGroup: { schoolDistrict: { name: string } } }>(
      `query($id: ID!) { communityGroup(id: $id) { schoolDistrict { name } } }`,
      { id: group.id },
    );
    expect(kept.data!.communityGroup.schoolDistrict).toEqual({ name: '新町東' });

    await staff.gql(`mutation($id: ID!) { restoreSchoolDistrict(id: $id) { id } }`, { id: added.id });
    expect((await list('小倉南区')).map((d) => d.id)).toContain(added.id);
  });

  it('the officer moves the group to another 校区 of its ward, or out of any', async () => {
    const [first, second] = await list('八幡東区');
    const group = (await register('東田自治会', '八幡東区', first.id)).data!.registerCommunityGroup;
    const set = (d: string | null) =>
      officer.gql<{ setGroupSchoolDistrict: { schoolDistrict: { name: string } | null } }>(
        `mutation($g: ID!, $d: ID) { setGroupSchoolDistrict(groupId: $g, schoolDistrictId: $d) { schoolDistrict { name } } }`,
        { g: group.id, d },
      );
    expect((await set(second.id)).data!.setGroupSchoolDistrict.schoolDistrict).toEqual({ name: second.name });
    const [otherWard] = await list('門司区');
    expect(errorCode(await set(otherWard.id))).toBe('BAD_USER_INPUT');
    expect((await set(null)).data!.setGroupSchoolDistrict.schoolDistrict).toBeNull();
  });
});
