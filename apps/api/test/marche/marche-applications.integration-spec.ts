import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AccountService } from '@tsunagu/accounts/api';
import { NpoImportService } from '@tsunagu/npo/api';
import { SessionClient, errorCode } from '../accounts/session-client';
import { type TestApp, startTestApp } from '../test-services';

const FIXTURE = join(__dirname, '../../../../libs/matching/api/eval/kitakyushu-npos-sample.zip');
const PASSWORD = 'marche-password-1';

const day = (offset: number) => new Date(Date.now() + 9 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

const APPLY = `mutation($i: ApplyToMarcheInput!) { applyToMarche(input: $i) { id status waitlistPosition npoId } }`;

interface Application {
  id: string;
  status: string;
  waitlistPosition: number | null;
  npoId: string;
}

/** Capacity and waitlist of the marché, through the API, on real PostgreSQL. */
describe('marché applications', () => {
  let t: TestApp;
  let db: DataSource;
  let staff: SessionClient;
  let exhibitor: SessionClient;
  let npos: string[];

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await t.app
      .get(NpoImportService)
      .importFile({ filePath: FIXTURE, fileName: 'sample.zip', source: 'CLI', startedBy: 'test' });
    const accounts = t.app.get(AccountService);
    await accounts.create({ email: 'staff@city.example.jp', password: PASSWORD, displayName: '職員', role: 'STAFF' });
    const member = await accounts.create({ email: 'npo@example.jp', password: PASSWORD, displayName: 'NPOの人' });
    // One person who looks after 120 NPOs, so 120 different NPOs can apply at once.
    npos = (await db.query(`SELECT id FROM npo WHERE status = 'ACTIVE' ORDER BY id LIMIT 120`)).map(
      (r: { id: string }) => r.id,
    );
    await db.query(`INSERT INTO npo_member (npo_id, user_id) SELECT unnest($1::uuid[]), $2`, [npos, member.id]);
    staff = await new SessionClient(t.baseUrl).signIn('staff@city.example.jp', PASSWORD);
    exhibitor = await new SessionClient(t.baseUrl).signIn('npo@example.jp', PASSWORD);
  });
  afterAll(async () => {
    await t?.close();
  });

  const createEvent = async (capacity: number) => {
    const r = await staff.gql<{
      createMarcheEvent: { id: string; boothTypes: Array<{ code: string; capacity: number }> };
    }>(`mutation($i: CreateMarcheEventInput!) { createMarcheEvent(input: $i) { id boothTypes { code capacity } } }`, {
      i: {
        name: 'Action! NPO マルシェ 2027',
        eventDate: day(100),
        venue: '北九州市役所 1階',
        applyFrom: day(-1),
        applyUntil: day(30),
        description: 'NPOと地域がつながる一日',
        boothTypes: [
          { code: 'EXHIBIT', name: '展示ブース', capacity },
          { code: 'STAGE', name: 'ステージ発表', capacity: 12, slotMinutes: 15 },
        ],
        questions: ['当日の体験コーナーはありますか'],
      },
    });
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.createMarcheEvent.id;
  };

  const apply = (client: SessionClient, eventId: string, npoId: string, boothType = 'EXHIBIT') =>
    client.gql<{ applyToMarche: Application }>(APPLY, {
      i: {
        eventId,
        npoId,
        boothType,
        title: '活動パネル展示',
        description: '子ども食堂の活動をパネルで紹介します。',
        consentPublish: true,
        answers: ['あります'],
      },
    });

  it('never overbooks: 100 applications at once for 10 places give 10 PENDING and a waitlist 1..90', async () => {
    const eventId = await createEvent(10);
    const results = await Promise.all(npos.slice(0, 100).map((npoId) => apply(exhibitor, eventId, npoId)));
    const errors = results.filter((r) => r.errors);
    expect(errors).toEqual([]);
    const applications = results.map((r) => r.data!.applyToMarche);
    expect(applications.filter((a) => a.status === 'PENDING')).toHaveLength(10);
    const waitlisted = applications.filter((a) => a.status === 'WAITLISTED');
    expect(waitlisted).toHaveLength(90);
    expect(waitlisted.map((a) => a.waitlistPosition).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 90 }, (_, i) => i + 1),
    );
    // And the record agrees with what callers were told.
    const [{ held }] = await db.query(
      `SELECT count(*)::int AS held FROM marche_application WHERE event_id = $1 AND status IN ('PENDING', 'ACCEPTED')`,
      [eventId],
    );
    expect(held).toBe(10);
  });

  it('10 applications of one NPO to two booth types at once: exactly one succeeds, every other answer is CONFLICT', async () => {
    const eventId = await createEvent(10);
    // Several rounds, one NPO each: the race between the two booth types' locks is a matter of timing.
    for (const npoId of npos.slice(0, 5)) {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => apply(exhibitor, eventId, npoId, i % 2 === 0 ? 'EXHIBIT' : 'STAGE')),
      );
      expect(results.filter((r) => r.data?.applyToMarche)).toHaveLength(1);
      const refusals = results.filter((r) => r.errors);
      expect(refusals.map((r) => [errorCode(r), r.errors![0].message])).toEqual(
        Array.from({ length: 9 }, () => ['CONFLICT', 'この団体はもう申し込んでいます']),
      );
      const [{ count }] = await db.query(
        `SELECT count(*)::int AS count FROM marche_application WHERE event_id = $1 AND npo_id = $2`,
        [eventId, npoId],
      );
      expect(count).toBe(1);
    }
  });

  it('withdrawal and rejection promote the first on the waitlist and tell it; positions stay 1..N', async () => {
    const eventId = await createEvent(2);
    const made: Application[] = [];
    for (const npoId of npos.slice(100, 105)) made.push((await apply(exhibitor, eventId, npoId)).data!.applyToMarche);
    expect(made.map((x) => [x.status, x.waitlistPosition])).toEqual([
      ['PENDING', null],
      ['PENDING', null],
      ['WAITLISTED', 1],
      ['WAITLISTED', 2],
      ['WAITLISTED', 3],
    ]);
    const list = async () =>
      (
        await staff.gql<{ marcheApplications: Application[] }>(
          `query($e: ID!) { marcheApplications(eventId: $e) { id status waitlistPosition npoId } }`,
          {
            e: eventId,
          },
        )
      ).data!.marcheApplications;
    const byId = async (id: string) => (await list()).find((x) => x.id === id)!;

    // The second waitlisted withdraws: the third moves up to 2.
    await exhibitor.gql(`mutation($id: ID!) { withdrawMarcheApplication(id: $id) { status } }`, { id: made[3].id });
    expect(await byId(made[4].id)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });

    // A pending one withdraws: the first waitlisted becomes PENDING and is told.
    await exhibitor.gql(`mutation($id: ID!) { withdrawMarcheApplication(id: $id) { status } }`, { id: made[0].id });
    expect(await byId(made[2].id)).toMatchObject({ status: 'PENDING', waitlistPosition: null });
    expect(await byId(made[4].id)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    const [told] = await db.query(
      `SELECT title FROM notification WHERE kind = 'marche.promoted' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(told.title).toContain('キャンセル待ちから、審査待ちになりました');

    // Staff review: accept one; reject another with a reason the NPO sees; the waitlist moves.
    const accept = await staff.gql<{ reviewMarcheApplication: Application }>(
      `mutation($id: ID!) { reviewMarcheApplication(id: $id, decision: ACCEPT) { status } }`,
      { id: made[1].id },
    );
    expect(accept.data!.reviewMarcheApplication.status).toBe('ACCEPTED');
    const noReason = await staff.gql(
      `mutation($id: ID!) { reviewMarcheApplication(id: $id, decision: REJECT) { status } }`,
      { id: made[2].id },
    );
    expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
    await staff.gql(
      `mutation($id: ID!) { reviewMarcheApplication(id: $id, decision: REJECT, reason: "展示の内容が募集の趣旨と合わないため") { status } }`,
      {
        id: made[2].id,
      },
    );
    const seen = await exhibitor.gql<{
      marcheApplications: Array<{ id: string; status: string; reviewReason: string | null }>;
    }>(`query($e: ID!) { marcheApplications(eventId: $e) { id status reviewReason } }`, { e: eventId });
    expect(seen.data!.marcheApplications.find((x) => x.id === made[2].id)).toMatchObject({
      status: 'REJECTED',
      reviewReason: '展示の内容が募集の趣旨と合わないため',
    });
    expect(await byId(made[4].id)).toMatchObject({ status: 'PENDING', waitlistPosition: null });

    // Only the NPO's members and staff act on it; an NPO applies once per event.
    expect(errorCode(await apply(exhibitor, eventId, npos[101]))).toBe('CONFLICT');
    const stranger = await new SessionClient(t.baseUrl).signIn('staff@city.example.jp', PASSWORD);
    expect(
      errorCode(
        await stranger.gql(`mutation($id: ID!) { withdrawMarcheApplication(id: $id) { status } }`, { id: made[1].id }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await exhibitor.gql(`mutation($id: ID!) { reviewMarcheApplication(id: $id, decision: ACCEPT) { status } }`, {
          id: made[4].id,
        }),
      ),
    ).toBe('FORBIDDEN');
  });
  it('staff draw the venue, place exhibitors by hand and automatically; the public page shows the map', async () => {
    const eventId = await createEvent(5);
    const booths: Application[] = [];
    for (const npoId of npos.slice(105, 108)) booths.push((await apply(exhibitor, eventId, npoId)).data!.applyToMarche);
    const stage = (await apply(exhibitor, eventId, npos[108], 'STAGE')).data!.applyToMarche;
    for (const a of [...booths, stage]) {
      await staff.gql(`mutation($id: ID!) { reviewMarcheApplication(id: $id, decision: ACCEPT) { status } }`, {
        id: a.id,
      });
    }
    const drawn = await staff.gql<{
      setMarcheLayout: { cells: Array<{ id: string; kind: string; number: number | null }> };
    }>(
      `mutation($e: ID!, $i: MarcheLayoutInput!) { setMarcheLayout(eventId: $e, input: $i) { cells { id kind number } } }`,
      { e: eventId, i: { rows: 2, cols: 3, blocked: ['0-1'], stage: ['1-2'], entrance: [] } },
    );
    expect(drawn.data!.setMarcheLayout.cells.filter((c) => c.kind === 'BOOTH').map((c) => c.number)).toEqual([
      1, 2, 3, 4,
    ]);
    const assign = (applicationId: string, boothId: string) =>
      staff.gql(`mutation($a: ID!, $b: String) { assignBooth(applicationId: $a, boothId: $b) { id } }`, {
        a: applicationId,
        b: boothId,
      });
    expect(errorCode(await assign(booths[0].id, '0-1'))).toBe('BAD_USER_INPUT');
    expect((await assign(booths[0].id, '0-0')).errors).toBeUndefined();
    expect(errorCode(await assign(booths[1].id, '0-0'))).toBe('CONFLICT');
    expect(
      errorCode(
        await exhibitor.gql(`mutation($a: ID!) { assignBooth(applicationId: $a, boothId: "0-2") { id } }`, {
          a: booths[1].id,
        }),
      ),
    ).toBe('FORBIDDEN');
    await staff.gql(`mutation($e: ID!) { autoAssignBooths(eventId: $e) { rows } }`, { e: eventId });

    const visitor = new SessionClient(t.baseUrl);
    const page = await visitor.gql<{
      marcheEvent: {
        layout: { cells: Array<{ id: string; number: number | null; exhibitor: string | null }> };
        exhibitors: Array<{ npoId: string; boothNumber: number | null; stageTime: string | null }>;
      };
    }>(
      `query($e: ID!) { marcheEvent(id: $e) { layout { cells { id number exhibitor } } exhibitors { npoId boothNumber stageTime } } }`,
      {
        e: eventId,
      },
    );
    const { layout, exhibitors } = page.data!.marcheEvent;
    const onMap = layout.cells.filter((c) => c.exhibitor);
    expect(onMap).toHaveLength(3);
    expect(onMap.find((c) => c.id === '0-0')!.number).toBe(1);
    const boothNumbers = exhibitors.filter((e) => e.boothNumber).map((e) => e.boothNumber);
    expect(new Set(boothNumbers).size).toBe(3);
    expect(exhibitors.find((e) => e.npoId === stage.npoId)).toMatchObject({ boothNumber: null, stageTime: '10:30' });

    // The map and the exhibitor list print as a PDF (staff), names as text.
    const pdf = await fetch(`${t.baseUrl}/api/marche/${eventId}/layout.pdf`, { headers: { cookie: staff.cookie } });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const file = join(mkdtempSync(join(tmpdir(), 'marche-')), 'layout.pdf');
    writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync(process.execPath, [join(__dirname, '../databook/pdf-text.mjs'), file], {
      encoding: 'utf8',
    });
    const [name] = await db.query(`SELECT name FROM npo WHERE id = $1`, [booths[0].npoId]);
    expect(text).toContain(name.name);
    expect(text).toContain('ブース 1');
    expect((await fetch(`${t.baseUrl}/api/marche/${eventId}/layout.pdf`)).status).toBe(401);
  });
  it('staff invite the NPOs that fit open needs; groups mark exhibitors to meet; NPOs edit; staff export', async () => {
    const eventId = await createEvent(5);
    // An open need of a verified group, which the fixture's 子ども食堂 NPOs fit.
    const officer = await t.app
      .get(AccountService)
      .create({ email: 'officer@example.jp', password: PASSWORD, displayName: '役員' });
    const [group] = await db.query(
      `INSERT INTO community_group (name, kind, ward, status) VALUES ('黒崎三丁目自治会', 'JICHIKAI', '八幡西区', 'VERIFIED') RETURNING id`,
    );
    await db.query(`INSERT INTO group_member (group_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [
      group.id,
      officer.id,
    ]);
    await db.query(
      `INSERT INTO need (group_id, title, description, fields, help_kind, ward, status, deadline, published_at)
       VALUES ($1, '子ども食堂の配膳を手伝ってほしい', '市民センターの子ども食堂で配膳と見守りを手伝ってくれる方を探しています。', '{13,1}',
               'VOLUNTEERS', '八幡西区', 'PUBLISHED', current_date + 20, now())`,
      [group.id],
    );
    const applied = (await apply(exhibitor, eventId, npos[110])).data!.applyToMarche;

    type Candidate = { npoId: string; reasons: string[]; claimed: boolean; invited: boolean };
    const listCandidates = async () =>
      (
        await staff.gql<{ marcheInvitationCandidates: Candidate[] }>(
          `query($e: ID!) { marcheInvitationCandidates(eventId: $e, limit: 100) { npoId reasons claimed invited } }`,
          { e: eventId },
        )
      ).data!.marcheInvitationCandidates;
    const candidates = await listCandidates();
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates[0].reasons[0]).toContain('「子ども食堂の配膳を手伝ってほしい」（黒崎三丁目自治会）に合う');
    expect(candidates.map((c) => c.npoId)).not.toContain(applied.npoId);
    const claimed = candidates.find((c) => c.claimed)!;
    const unclaimed = candidates.find((c) => !c.claimed)!;
    const invite = (client: SessionClient, npoId: string) =>
      client.gql<{ inviteToMarche: boolean }>(`mutation($e: ID!, $n: ID!) { inviteToMarche(eventId: $e, npoId: $n) }`, {
        e: eventId,
        n: npoId,
      });
    expect((await invite(staff, claimed.npoId)).data!.inviteToMarche).toBe(true);
    expect((await invite(staff, claimed.npoId)).data!.inviteToMarche).toBe(false);
    expect(errorCode(await invite(staff, unclaimed.npoId))).toBe('CONFLICT');
    expect(errorCode(await invite(exhibitor, claimed.npoId))).toBe('FORBIDDEN');
    expect((await listCandidates()).find((c) => c.npoId === claimed.npoId)!.invited).toBe(true);
    const [mail] = await db.query(
      `SELECT subject FROM mail_outbox WHERE to_address = 'npo@example.jp' AND subject LIKE '%出展のお誘い%'`,
    );
    expect(mail.subject).toContain('Action! NPO マルシェ 2027');

    // The NPO edits its application while applications are open.
    const edited = await exhibitor.gql<{ updateMarcheApplication: { title: string } }>(
      `mutation($id: ID!) { updateMarcheApplication(id: $id, input: { title: "子ども食堂の体験コーナー" }) { title } }`,
      { id: applied.id },
    );
    expect(edited.data!.updateMarcheApplication.title).toBe('子ども食堂の体験コーナー');

    // A group marks an accepted exhibitor it wants to meet; staff and the NPO see it, others don't.
    await staff.gql(`mutation($id: ID!) { reviewMarcheApplication(id: $id, decision: ACCEPT) { status } }`, {
      id: applied.id,
    });
    const groupOfficer = await new SessionClient(t.baseUrl).signIn('officer@example.jp', PASSWORD);
    const wish = await groupOfficer.gql<{ wishToMeetAtMarche: boolean }>(
      `mutation($e: ID!, $n: ID!, $g: ID!) { wishToMeetAtMarche(eventId: $e, npoId: $n, groupId: $g) }`,
      { e: eventId, n: applied.npoId, g: group.id },
    );
    expect(wish.data!.wishToMeetAtMarche).toBe(true);
    const wishesAs = async (client: SessionClient) =>
      (
        await client.gql<{ marcheMeetingWishes: Array<{ groupName: string; npoId: string }> }>(
          `query($e: ID!) { marcheMeetingWishes(eventId: $e) { groupName npoId } }`,
          { e: eventId },
        )
      ).data!.marcheMeetingWishes;
    expect(await wishesAs(staff)).toEqual([{ groupName: '黒崎三丁目自治会', npoId: applied.npoId }]);
    expect(await wishesAs(exhibitor)).toEqual([{ groupName: '黒崎三丁目自治会', npoId: applied.npoId }]);
    await t.app.get(AccountService).create({ email: 'someone@example.jp', password: PASSWORD, displayName: '誰か' });
    const someone = await new SessionClient(t.baseUrl).signIn('someone@example.jp', PASSWORD);
    expect(await wishesAs(someone)).toEqual([]);
    expect(
      errorCode(
        await someone.gql(
          `mutation($e: ID!, $n: ID!, $g: ID!) { wishToMeetAtMarche(eventId: $e, npoId: $n, groupId: $g) }`,
          {
            e: eventId,
            n: applied.npoId,
            g: group.id,
          },
        ),
      ),
    ).toBe('FORBIDDEN');

    // Staff write to the applicant; its members are told in the app and by mail.
    const sent = await staff.gql<{ messageMarcheApplicant: boolean }>(
      `mutation($a: ID!) { messageMarcheApplicant(applicationId: $a, body: "電源の位置をご相談させてください。") }`,
      { a: applied.id },
    );
    expect(sent.data!.messageMarcheApplicant).toBe(true);
    const [note] = await db.query(
      `SELECT body FROM notification WHERE kind = 'marche.message' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(note.body).toContain('電源の位置をご相談させてください。');
    expect(
      errorCode(
        await exhibitor.gql(`mutation($a: ID!) { messageMarcheApplicant(applicationId: $a, body: "x") }`, {
          a: applied.id,
        }),
      ),
    ).toBe('FORBIDDEN');

    // Staff print the applications as CSV (and Excel); others may not.
    const csv = await fetch(`${t.baseUrl}/api/marche/${eventId}/applications.csv`, {
      headers: { cookie: staff.cookie },
    });
    const text = Buffer.from(await csv.arrayBuffer()).toString('utf8');
    expect(text).toContain('ブースの種類,状態');
    expect(text).toContain('展示ブース,出展決定');
    expect(text).toContain('子ども食堂の体験コーナー');
    expect(
      (await fetch(`${t.baseUrl}/api/marche/${eventId}/applications.xlsx`, { headers: { cookie: staff.cookie } }))
        .status,
    ).toBe(200);
    expect(
      (await fetch(`${t.baseUrl}/api/marche/${eventId}/applications.csv`, { headers: { cookie: exhibitor.cookie } }))
        .status,
    ).toBe(403);
  });
});
