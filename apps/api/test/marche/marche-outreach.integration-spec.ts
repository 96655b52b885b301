import { AccountService } from '@tsunagu/accounts/api';
import { SessionClient, errorCode } from '../accounts/session-client';
import { PASSWORD, useMarcheApp } from './marche-test-app';

/** Invitations, meeting wishes, edits, messages and the staff exports of the marché, through the API. */
describe('marché applications: outreach, edits and exports', () => {
  const m = useMarcheApp();

  it('staff invite the NPOs that fit open needs; groups mark exhibitors to meet; NPOs edit; m.staff export', async () => {
    const eventId = await m.createEvent(5);
    // An open need of a verified group, which the fixture's 子ども食堂 NPOs fit.
    const officer = await m.t.app
      .get(AccountService)
      .create({ email: 'officer@example.jp', password: PASSWORD, displayName: '役員' });
    const [group] = await m.db.query(
      `INSERT INTO community_group (name, kind, ward, status) VALUES ('黒崎三丁目自治会', 'JICHIKAI', '八幡西区', 'VERIFIED') RETURNING id`,
    );
    await m.db.query(`INSERT INTO group_member (group_id, user_id, role) VALUES ($1, $2, 'OWNER')`, [
      group.id,
      officer.id,
    ]);
    await m.db.query(
      `INSERT INTO need (group_id, title, description, fields, help_kind, ward, status, deadline, published_at)
       VALUES ($1, '子ども食堂の配膳を手伝ってほしい', '市民センターの子ども食堂で配膳と見守りを手伝ってくれる方を探しています。', '{13,1}',
               'VOLUNTEERS', '八幡西区', 'PUBLISHED', current_date + 20, now())`,
      [group.id],
    );
    const applied = (await m.apply(m.exhibitor, eventId, m.npos[110])).data!.applyToMarche;

    type Candidate = { npoId: string; reasons: string[]; claimed: boolean; invited: boolean };
    const listCandidates = async () =>
      (
        await m.staff.gql<{ marcheInvitationCandidates: Candidate[] }>(
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
    expect((await invite(m.staff, claimed.npoId)).data!.inviteToMarche).toBe(true);
    expect((await invite(m.staff, claimed.npoId)).data!.inviteToMarche).toBe(false);
    expect(errorCode(await invite(m.staff, unclaimed.npoId))).toBe('CONFLICT');
    expect(errorCode(await invite(m.exhibitor, claimed.npoId))).toBe('FORBIDDEN');
    expect((await listCandidates()).find((c) => c.npoId === claimed.npoId)!.invited).toBe(true);
    const [mail] = await m.db.query(
      `SELECT subject FROM mail_outbox WHERE to_address = 'npo@example.jp' AND subject LIKE '%出展のお誘い%'`,
    );
    expect(mail.subject).toContain('Action! NPO マルシェ 2027');

    // The NPO edits its application while applications are open.
    const edited = await m.exhibitor.gql<{ updateMarcheApplication: { title: string } }>(
      `mutation($id: ID!) { updateMarcheApplication(id: $id, input: { title: "子ども食堂の体験コーナー" }) { title } }`,
      { id: applied.id },
    );
    expect(edited.data!.updateMarcheApplication.title).toBe('子ども食堂の体験コーナー');

    // A group marks an accepted m.exhibitor it wants to meet; m.staff and the NPO see it, others don't.
    await m.staff.gql(`mutation($id: ID!) { reviewMarcheApplication(id: $id, decision: ACCEPT) { status } }`, {
      id: applied.id,
    });
    const groupOfficer = await new SessionClient(m.t.baseUrl).signIn('officer@example.jp', PASSWORD);
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
    expect(await wishesAs(m.staff)).toEqual([{ groupName: '黒崎三丁目自治会', npoId: applied.npoId }]);
    expect(await wishesAs(m.exhibitor)).toEqual([{ groupName: '黒崎三丁目自治会', npoId: applied.npoId }]);
    await m.t.app.get(AccountService).create({ email: 'someone@example.jp', password: PASSWORD, displayName: '誰か' });
    const someone = await new SessionClient(m.t.baseUrl).signIn('someone@example.jp', PASSWORD);
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
    const sent = await m.staff.gql<{ messageMarcheApplicant: boolean }>(
      `mutation($a: ID!) { messageMarcheApplicant(applicationId: $a, body: "電源の位置をご相談させてください。") }`,
      { a: applied.id },
    );
    expect(sent.data!.messageMarcheApplicant).toBe(true);
    const [note] = await m.db.query(
      `SELECT body FROM notification WHERE kind = 'marche.message' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(note.body).toContain('電源の位置をご相談させてください。');
    expect(
      errorCode(
        await m.exhibitor.gql(`mutation($a: ID!) { messageMarcheApplicant(applicationId: $a, body: "x") }`, {
          a: applied.id,
        }),
      ),
    ).toBe('FORBIDDEN');

    // Staff print the applications as CSV (and Excel); others may not.
    const csv = await fetch(`${m.t.baseUrl}/api/marche/${eventId}/applications.csv`, {
      headers: { cookie: m.staff.cookie },
    });
    const text = Buffer.from(await csv.arrayBuffer()).toString('utf8');
    expect(text).toContain('ブースの種類,状態');
    expect(text).toContain('展示ブース,出展決定');
    expect(text).toContain('子ども食堂の体験コーナー');
    expect(
      (await fetch(`${m.t.baseUrl}/api/marche/${eventId}/applications.xlsx`, { headers: { cookie: m.staff.cookie } }))
        .status,
    ).toBe(200);
    expect(
      (
        await fetch(`${m.t.baseUrl}/api/marche/${eventId}/applications.csv`, {
          headers: { cookie: m.exhibitor.cookie },
        })
      ).status,
    ).toBe(403);
  });
});
