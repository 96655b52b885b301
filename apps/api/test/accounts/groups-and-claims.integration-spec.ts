import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { AccountService } from '@tsunagu/accounts/api';
import { NpoImportService } from '@tsunagu/npo/api';
import { OpenDataFixture } from '../npo/open-data-fixture';
import { type TestApp, startTestApp } from '../test-services';
import { signUpAndConfirm } from './mailbox';
import { SessionClient, errorCode } from './session-client';

const PASSWORD = 'flows-password-1';

/** The journeys of the accounts issue, end to end through the API. */
describe('community groups, NPO claims and profiles', () => {
  let t: TestApp;
  let fixture: OpenDataFixture;
  let zip: string;
  let staff: SessionClient;
  let db: DataSource;

  const signUp = (email: string, name: string) => signUpAndConfirm(t, { email, password: PASSWORD, displayName: name });

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    fixture = await OpenDataFixture.create();
    zip = await fixture.zip('flows', fixture.rows({ count: 10, outsideCityCount: 0, seed: 8, dissolvedRatio: 0 }));
    await t.app
      .get(NpoImportService)
      .importFile({ filePath: zip, fileName: 'flows.zip', source: 'CLI', startedBy: 'test' });
    await t.app
      .get(AccountService)
      .create({ email: 'staff@city.example.jp', password: PASSWORD, displayName: '市職員', role: 'STAFF' });
    staff = await new SessionClient(t.baseUrl).signIn('staff@city.example.jp', PASSWORD);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('sign-up → group registration → staff verification, then an officer invites another', async () => {
    const officer = await signUp('officer@example.jp', '山本');
    const registered = await officer.gql<{
      registerCommunityGroup: { id: string; status: string; contactPhone: string };
    }>(`mutation($i: RegisterCommunityGroupInput!) { registerCommunityGroup(input: $i) { id status contactPhone } }`, {
      i: {
        name: '黒崎三丁目自治会',
        kind: 'JICHIKAI',
        ward: '八幡西区',
        area: '黒崎市民センター',
        representativeName: '山本 一郎',
        contactPhone: '０９３－６２２－１２３４',
      },
    });
    const group = registered.data!.registerCommunityGroup;
    expect(group).toMatchObject({ status: 'PENDING', contactPhone: '093-622-1234' });
    const pending = await staff.gql<{ pendingCommunityGroups: Array<{ id: string }> }>(
      `{ pendingCommunityGroups { id } }`,
    );
    expect(pending.data!.pendingCommunityGroups.map((g) => g.id)).toContain(group.id);

    const approved = await staff.gql<{ approveCommunityGroup: { status: string } }>(
      `mutation($id: ID!) { approveCommunityGroup(id: $id) { status } }`,
      { id: group.id },
    );
    expect(approved.data!.approveCommunityGroup.status).toBe('VERIFIED');
    const audit = await staff.gql<{ auditLog: Array<{ action: string; targetId: string }> }>(
      `{ auditLog(limit: 5) { action targetId } }`,
    );
    expect(audit.data!.auditLog).toContainEqual({ action: 'group.verified', targetId: group.id });
    const [told] = await db.query(
      `SELECT subject FROM mail_outbox WHERE to_address = 'officer@example.jp' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(told.subject).toContain('黒崎三丁目自治会の登録が確認されました');

    const invite = await officer.gql<{ inviteToCommunityGroup: { url: string } }>(
      `mutation($g: ID!) { inviteToCommunityGroup(groupId: $g) { url } }`,
      { g: group.id },
    );
    const token = new URL(invite.data!.inviteToCommunityGroup.url).searchParams.get('token');
    const colleague = await signUp('colleague@example.jp', '田中');
    const joined = await colleague.gql<{ joinCommunityGroup: { id: string; contactPhone: string } }>(
      `mutation($t: String!) { joinCommunityGroup(token: $t) { id contactPhone } }`,
      { t: token },
    );
    expect(joined.data!.joinCommunityGroup).toEqual({ id: group.id, contactPhone: '093-622-1234' });
    const mine = await colleague.gql<{ myCommunityGroups: Array<{ name: string }> }>(`{ myCommunityGroups { name } }`);
    expect(mine.data!.myCommunityGroups).toEqual([{ name: '黒崎三丁目自治会' }]);
  });

  it('NPO claim → staff approval → profile edit, never touching the open data, and kept across re-import', async () => {
    const [npo] = await db.query(`SELECT id, name, purpose, source_hash FROM npo ORDER BY name LIMIT 1`);
    const member = await signUp('npo-staff@example.jp', '佐藤（NPO）');
    const claim = await member.gql<{ claimNpo: { id: string; status: string } }>(
      `mutation($n: ID!) { claimNpo(npoId: $n, message: "事務局長の佐藤です。電話で確認できます。") { id status } }`,
      { n: npo.id },
    );
    expect(claim.data!.claimNpo.status).toBe('PENDING');
    const again = await member.gql(
      `mutation($n: ID!) { claimNpo(npoId: $n, message: "もう一度お願いします") { id } }`,
      { n: npo.id },
    );
    expect(errorCode(again)).toBe('CONFLICT');
    const before = await member.gql(
      `mutation($n: ID!, $i: UpdateNpoProfileInput!) { updateNpoProfile(npoId: $n, input: $i) { id } }`,
      {
        n: npo.id,
        i: { introduction: 'まだ承認前' },
      },
    );
    expect(errorCode(before)).toBe('FORBIDDEN');

    const decided = await staff.gql<{ decideNpoClaim: { status: string } }>(
      `mutation($c: ID!) { decideNpoClaim(claimId: $c, approve: true) { status } }`,
      { c: claim.data!.claimNpo.id },
    );
    expect(decided.data!.decideNpoClaim.status).toBe('APPROVED');
    const [mail] = await db.query(
      `SELECT subject FROM mail_outbox WHERE to_address = 'npo-staff@example.jp' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(mail.subject).toContain('編集できるようになりました');

    const PROFILE = `mutation($n: ID!, $i: UpdateNpoProfileInput!) {
      updateNpoProfile(npoId: $n, input: $i) { id name purpose claimed profile { introduction helpKinds areas website printConsent } } }`;
    const edited = await member.gql<{ updateNpoProfile: Record<string, unknown> }>(PROFILE, {
      n: npo.id,
      i: {
        introduction: '子ども食堂を毎週土曜に開いています。',
        helpKinds: ['VOLUNTEERS', 'LECTURER'],
        areas: ['若松区'],
        website: 'https://example.jp',
        printConsent: true,
      },
    });
    expect(edited.data!.updateNpoProfile).toMatchObject({
      name: npo.name,
      purpose: npo.purpose,
      claimed: true,
      profile: {
        introduction: '子ども食堂を毎週土曜に開いています。',
        helpKinds: ['VOLUNTEERS', 'LECTURER'],
        areas: ['若松区'],
        printConsent: true,
      },
    });
    const badUrl = await member.gql(PROFILE, { n: npo.id, i: { website: 'javascript:alert(1)' } });
    expect(errorCode(badUrl)).toBe('BAD_USER_INPUT');
    // Open-data fields cannot even be named in the input.
    const official = await member.gql(PROFILE, { n: npo.id, i: { name: '乗っ取り' } });
    expect(errorCode(official)).toBeDefined();

    const reimport = await t.app
      .get(NpoImportService)
      .importFile({ filePath: zip, fileName: 'flows.zip', source: 'CLI', startedBy: 'test' });
    expect(reimport.updated).toBe(0);
    const [after] = await db.query(`SELECT source_hash FROM npo WHERE id = $1`, [npo.id]);
    expect(after.source_hash).toBe(npo.source_hash);
    const [{ introduction }] = await db.query(`SELECT introduction FROM npo_profile WHERE npo_id = $1`, [npo.id]);
    expect(introduction).toBe('子ども食堂を毎週土曜に開いています。');
  });

  it('accepts a photo only as an image of bounded size, and strips its metadata', async () => {
    const [npo] = await db.query(`SELECT npo_id AS id FROM npo_member LIMIT 1`);
    const member = await new SessionClient(t.baseUrl).signIn('npo-staff@example.jp', PASSWORD);
    const withExif = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3366cc' } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Artist: '山本', Copyright: 'GPS 33.88N 130.88E' } } })
      .toBuffer();
    expect((await sharp(withExif).metadata()).exif).toBeDefined();
    const upload = (body: Blob, name: string) => {
      const form = new FormData();
      form.append('file', body, name);
      return fetch(`${t.baseUrl}/api/npos/${npo.id}/photo`, {
        method: 'POST',
        body: form,
        headers: { cookie: member.cookie },
      });
    };
    const ok = await upload(new Blob([withExif], { type: 'image/jpeg' }), 'photo.jpg');
    expect(ok.status).toBe(201);
    const { photoUrl } = (await ok.json()) as { photoUrl: string };
    const stored = Buffer.from(await (await fetch(`${t.baseUrl}${photoUrl}`)).arrayBuffer());
    const meta = await sharp(stored).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(stored.includes(Buffer.from('GPS 33.88N'))).toBe(false);

    const text = await upload(new Blob(['not an image'], { type: 'text/plain' }), 'note.txt');
    expect(text.status).toBe(400);
    const fake = await upload(new Blob(['not really a jpeg'], { type: 'image/jpeg' }), 'fake.jpg');
    expect(fake.status).toBe(400);
    const anonymous = await fetch(`${t.baseUrl}/api/npos/${npo.id}/photo`, { method: 'POST', body: new FormData() });
    expect(anonymous.status).toBe(401);
  });

  it('lets a person download their data and delete their account (APPI)', async () => {
    const officer = await new SessionClient(t.baseUrl).signIn('officer@example.jp', PASSWORD);
    const data = JSON.parse(
      String((await officer.gql<{ myPersonalData: string }>(`{ myPersonalData }`)).data!.myPersonalData),
    );
    expect(data.account.email).toBe('officer@example.jp');
    expect(data.communityGroups[0]).toMatchObject({
      name: '黒崎三丁目自治会',
      contact_phone: '093-622-1234',
      role: 'OWNER',
    });

    const file = await fetch(`${t.baseUrl}/api/me/personal-data`, { headers: { cookie: officer.cookie } });
    expect(file.headers.get('content-disposition')).toContain('attachment');
    expect(((await file.json()) as { account: { email: string } }).account.email).toBe('officer@example.jp');
    expect((await fetch(`${t.baseUrl}/api/me/personal-data`)).status).toBe(401);

    const wrong = await officer.gql(`mutation { deleteMyAccount(password: "not-my-password") }`);
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    const deleted = await officer.gql(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: PASSWORD });
    expect(deleted.data).toEqual({ deleteMyAccount: true });
    expect((await officer.gql(`{ me { id } }`)).data).toEqual({ me: null });
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM user_account WHERE email = 'officer@example.jp'`);
    expect(n).toBe(0);
    // The colleague still belongs to the group, so its contact stays for them.
    const [group] = await db.query(`SELECT contact_phone FROM community_group WHERE name = '黒崎三丁目自治会'`);
    expect(group.contact_phone).toBe('093-622-1234');
  });
});
