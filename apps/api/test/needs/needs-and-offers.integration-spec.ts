import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MailDeliveryWorker } from '@tsunagu/mail/api';
import { NEED_INDEX, NeedService } from '@tsunagu/needs/api';
import { DigestMailer } from '@tsunagu/notifications/api';
import { SearchEngineService, SearchReindexer } from '@tsunagu/search/api';
import { errorCode } from '../accounts/session-client';
import { NEED_FIELDS, type NeedsWorld, OFFICER_EMAIL, OFFICER_PHONE, createNeedsWorld, inDays } from './needs-world';

const POST = `mutation($i: PostNeedInput!) { postNeed(input: $i) { ${NEED_FIELDS} } }`;
const OFFER = `mutation($n: ID!, $o: ID!, $m: String!) { offerHelp(needId: $n, npoId: $o, message: $m) { id status } }`;
const OFFER_VIEW = `query($id: ID!) { offer(id: $id) { id status unreadCount viewerSide
  messages { body senderSide mine } contacts { groupPhone groupEmail npoPeople { email } } } }`;

interface NeedView {
  id: string;
  title: string;
  status: string;
  fields: number[];
  hidden: boolean;
  offerCount: number;
}

/** The needs issue's journeys through the API, on real PostgreSQL and Meilisearch. */
describe('needs, offers and conversations', () => {
  let w: NeedsWorld;

  beforeAll(async () => {
    w = await createNeedsWorld();
  });
  afterAll(async () => {
    await w?.t.close();
  });

  const post = async (input: Record<string, unknown>, who: 'officer' | 'pendingOfficer' = 'officer') =>
    w.as[who].gql<{ postNeed: NeedView }>(POST, {
      i: { groupId: who === 'officer' ? w.group : w.pendingGroup, ...input },
    });

  const search = async (input: Record<string, unknown>) => {
    await w.drain();
    const r = await w.as.anonymous.gql<{ searchNeeds: { total: number; hits: NeedView[] } }>(
      `query($i: SearchNeedsInput!) { searchNeeds(input: $i) { total hits { id title status } } }`,
      { i: input },
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.searchNeeds.hits.map((h) => h.id);
  };

  it('a draft is saved as the officer types, checked when published, and then found in Japanese', async () => {
    const draft = await post({ publish: false, title: '子ども食堂のお手伝い' });
    const id = draft.data!.postNeed.id;
    expect(draft.data!.postNeed).toMatchObject({ status: 'DRAFT', viewerCanEdit: true, fields: [13, 1] });
    // Others do not see a draft, and it is not searchable.
    expect(errorCode(await w.as.npoMember.gql(`query($id: ID!) { need(id: $id) { id } }`, { id }))).toBe('NOT_FOUND');

    const incomplete = await w.as.officer.gql(`mutation($id: ID!) { publishNeed(id: $id) { id } }`, { id });
    expect(errorCode(incomplete)).toBe('BAD_USER_INPUT');
    expect(incomplete.errors![0].extensions!['field']).toBe('description');

    await w.as.officer.gql(`mutation($id: ID!, $i: NeedDraftFields!) { updateNeed(id: $id, input: $i) { id } }`, {
      id,
      i: {
        description: '月に2回、市民センターで子ども食堂を開いています。配膳と子どもの見守りを手伝ってほしいです。',
        helpKind: 'VOLUNTEERS',
        deadline: inDays(20),
        startsOn: inDays(25),
      },
    });
    const published = await w.as.officer.gql<{ publishNeed: NeedView }>(
      `mutation($id: ID!) { publishNeed(id: $id) { status } }`,
      { id },
    );
    expect(published.data!.publishNeed.status).toBe('PUBLISHED');
    // こども (hiragana) finds 子ども; a ward filter and a date range that holds the day keep it.
    expect(await search({ query: 'こども食堂' })).toContain(id);
    expect(await search({ wards: ['八幡西区'], from: inDays(24), to: inDays(26) })).toContain(id);
    expect(await search({ wards: ['門司区'] })).not.toContain(id);
    expect(await search({ from: inDays(40) })).not.toContain(id);
    expect(await search({ helpKinds: ['LECTURER'] })).not.toContain(id);
  });

  it('publishing in a group not verified yet saves the draft and says so: what the message says is what is in the database', async () => {
    const refused = await post(
      {
        publish: true,
        title: '防災訓練の講師をさがしています',
        description: '避難のしかたを教えてほしいです。',
        deadline: inDays(10),
      },
      'pendingOfficer',
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].message).toBe('団体の確認がすむまで、募集は公開できません。下書きとして保存しました。');
    const needId = refused.errors![0].extensions!['needId'];
    const saved = await w.db.query(`SELECT id, status, title, description, group_id FROM need WHERE title = $1`, [
      '防災訓練の講師をさがしています',
    ]);
    expect(saved).toEqual([
      {
        id: needId,
        status: 'DRAFT',
        title: '防災訓練の講師をさがしています',
        description: '避難のしかたを教えてほしいです。',
        group_id: w.pendingGroup,
      },
    ]);
    // The officer finds it among their drafts; nobody else sees it.
    const mine = await w.as.pendingOfficer.gql<{ myNeeds: Array<{ id: string; status: string }> }>(
      `{ myNeeds { id status } }`,
    );
    expect(mine.data!.myNeeds).toContainEqual({ id: needId, status: 'DRAFT' });
    expect(errorCode(await w.as.npoMember.gql(`query($id: ID!) { need(id: $id) { id } }`, { id: needId }))).toBe(
      'NOT_FOUND',
    );
    // Publishing the draft itself is refused too, and the draft stays as it was.
    const again = await w.as.pendingOfficer.gql(`mutation($id: ID!) { publishNeed(id: $id) { id } }`, { id: needId });
    expect(errorCode(again)).toBe('FORBIDDEN');
    expect(again.errors![0].message).toBe('団体の確認がすむまで、募集は公開できません。下書きはそのまま残っています。');
    const [{ status }] = await w.db.query(`SELECT status FROM need WHERE id = $1`, [needId]);
    expect(status).toBe('DRAFT');
  });

  it('bad input when publishing changes nothing', async () => {
    const past = await post({
      publish: true,
      title: '防災訓練の講師',
      description: '避難のしかたを教えてほしいです。',
      deadline: inDays(-1),
    });
    expect(errorCode(past)).toBe('BAD_USER_INPUT');
    expect(past.errors![0].extensions!['field']).toBe('deadline');
    const [{ count }] = await w.db.query(`SELECT count(*)::int AS count FROM need WHERE title = '防災訓練の講師'`);
    expect(count).toBe(0);
  });

  it('offer → accept reveals contacts to both sides only then; messages, unread counts and mails follow', async () => {
    const need = (
      await post({
        publish: true,
        title: '夏休みの子ども食堂を手伝ってほしい',
        description: '夏休みの間、子ども食堂で調理と配膳を手伝ってくれる方を探しています。',
        deadline: inDays(15),
      })
    ).data!.postNeed;

    // Only a member of a claimed NPO offers in its name.
    expect(
      errorCode(
        await w.as.otherOfficer.gql(OFFER, {
          n: need.id,
          o: w.npo,
          m: '私たちがお手伝いします。よろしくお願いします。',
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await w.as.npoMember.gql(OFFER, { n: need.id, o: w.npo, m: 'short' }))).toBe('BAD_USER_INPUT');
    const offered = await w.as.npoMember.gql<{ offerHelp: { id: string; status: string } }>(OFFER, {
      n: need.id,
      o: w.npo,
      m: '毎週土曜日に子ども食堂を開いています。調理と配膳で3人お手伝いできます。',
    });
    const offerId = offered.data!.offerHelp.id;
    expect(offered.data!.offerHelp.status).toBe('PENDING');
    expect(
      errorCode(
        await w.as.npoMember.gql(OFFER, { n: need.id, o: w.npo, m: 'もう一度申し出ます。よろしくお願いします。' }),
      ),
    ).toBe('CONFLICT');
    // The group's members are told in the app and by mail (the outbox), once.
    const mails = await w.db.query(`SELECT subject FROM mail_outbox WHERE to_address = 'officer@example.jp'`);
    expect(mails.map((m: { subject: string }) => m.subject)).toEqual([
      expect.stringContaining('お手伝いの申し出がありました'),
    ]);

    // Before acceptance nobody but staff sees contacts; another NPO cannot see the offer at all.
    type OfferView = {
      offer: {
        contacts: null | { groupPhone: string; groupEmail: string; npoPeople: Array<{ email: string }> };
        unreadCount: number;
        status: string;
      };
    };
    expect((await w.as.npoMember.gql<OfferView>(OFFER_VIEW, { id: offerId })).data!.offer.contacts).toBeNull();
    expect((await w.as.officer.gql<OfferView>(OFFER_VIEW, { id: offerId })).data!.offer.contacts).toBeNull();
    expect(errorCode(await w.as.otherNpoMember.gql(OFFER_VIEW, { id: offerId }))).toBe('NOT_FOUND');
    expect((await w.as.staff.gql<OfferView>(OFFER_VIEW, { id: offerId })).data!.offer.contacts!.groupPhone).toBe(
      OFFICER_PHONE,
    );
    const needAsNpo = await w.as.npoMember.gql(
      `query($id: ID!) { need(id: $id) { id group { name } offers { id contacts { groupPhone } } } }`,
      {
        id: need.id,
      },
    );
    expect(JSON.stringify(needAsNpo)).not.toContain(OFFICER_PHONE);

    // The NPO writes; the group sees one unread message until it reads the thread.
    await w.as.npoMember.gql(
      `mutation($o: ID!) { sendMessage(offerId: $o, body: "当日の持ち物を教えてください。") { id } }`,
      { o: offerId },
    );
    expect((await w.as.officer.gql<OfferView>(OFFER_VIEW, { id: offerId })).data!.offer.unreadCount).toBe(1);
    await w.as.officer.gql(`mutation($o: ID!) { markOfferRead(offerId: $o) { id } }`, { o: offerId });
    expect((await w.as.officer.gql<OfferView>(OFFER_VIEW, { id: offerId })).data!.offer.unreadCount).toBe(0);

    // Only the group answers; accepting marks the need matched and reveals both sides' contacts.
    expect(
      errorCode(
        await w.as.npoMember.gql(`mutation($o: ID!) { respondToOffer(offerId: $o, accept: true) { id } }`, {
          o: offerId,
        }),
      ),
    ).toBe('FORBIDDEN');
    const accepted = await w.as.officer.gql<{ respondToOffer: { status: string } }>(
      `mutation($o: ID!) { respondToOffer(offerId: $o, accept: true) { status } }`,
      { o: offerId },
    );
    expect(accepted.data!.respondToOffer.status).toBe('ACCEPTED');
    const asNpo = (await w.as.npoMember.gql<OfferView>(OFFER_VIEW, { id: offerId })).data!.offer;
    expect(asNpo.contacts).toMatchObject({ groupPhone: OFFICER_PHONE, groupEmail: OFFICER_EMAIL });
    const asGroup = (await w.as.officer.gql<OfferView>(OFFER_VIEW, { id: offerId })).data!.offer;
    expect(asGroup.contacts!.npoPeople.map((p) => p.email)).toEqual(['npomember@example.jp']);
    expect(errorCode(await w.as.otherNpoMember.gql(OFFER_VIEW, { id: offerId }))).toBe('NOT_FOUND');
    const matched = await w.as.anonymous.gql<{ need: NeedView }>(`query($id: ID!) { need(id: $id) { status } }`, {
      id: need.id,
    });
    expect(matched.data!.need.status).toBe('MATCHED');
    // Contacts never travel through search.
    await w.drain();
    const searched = await w.as.npoMember.gql(
      `{ searchNeeds(input: { statuses: [PUBLISHED, MATCHED] }) { hits { id title description place group { name area } } } }`,
    );
    expect(JSON.stringify(searched)).not.toContain(OFFICER_PHONE);
    expect(JSON.stringify(searched)).not.toContain(OFFICER_EMAIL);

    // What each of them wrote is in their personal data export (APPI).
    const exported = await fetch(`${w.t.baseUrl}/api/me/personal-data`, { headers: { cookie: w.as.npoMember.cookie } });
    const data = (await exported.json()) as {
      offersMade: Array<{ id: string }>;
      messagesSent: Array<{ body: string }>;
    };
    expect(data.offersMade.map((o) => o.id)).toContain(offerId);
    expect(data.messagesSent.map((m) => m.body)).toContain('当日の持ち物を教えてください。');

    const done = await w.as.officer.gql<{ closeNeed: NeedView & { report: string } }>(
      `mutation($id: ID!) { closeNeed(id: $id, outcome: DONE, report: "子ども40人が来てくれました") { status report } }`,
      { id: need.id },
    );
    expect(done.data!.closeNeed).toMatchObject({ status: 'DONE', report: '子ども40人が来てくれました' });
    expect(
      errorCode(await w.as.officer.gql(`mutation($id: ID!) { publishNeed(id: $id) { id } }`, { id: need.id })),
    ).toBe('CONFLICT');
  });

  it('people who chose the daily digest get one mail a day, never a mail per notification', async () => {
    await w.as.otherOfficer.gql(`mutation { setMailPreference(preference: DAILY) }`);
    const need = (
      await w.as.otherOfficer.gql<{ postNeed: NeedView }>(POST, {
        i: {
          groupId: w.otherGroup,
          publish: true,
          title: 'スマホ教室の先生を探しています',
          description: 'シニア向けに、LINEの使い方を教えてくれる方を探しています。',
          deadline: inDays(30),
        },
      })
    ).data!.postNeed;
    for (const [who, npo] of [
      ['npoMember', w.npo],
      ['otherNpoMember', w.otherNpo],
    ] as const) {
      await w.as[who].gql(OFFER, { n: need.id, o: npo, m: 'スマホ講座の経験があります。お手伝いできます。' });
    }
    const mailsTo = async () =>
      (await w.db.query(`SELECT subject FROM mail_outbox WHERE to_address = 'otherofficer@example.jp'`)).map(
        (m: { subject: string }) => m.subject,
      );
    expect(await mailsTo()).toEqual([]);
    const bell = await w.as.otherOfficer.gql<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`);
    expect(bell.data!.unreadNotificationCount).toBe(2);
    const digest = w.t.app.get(DigestMailer);
    const tomorrow = new Date(Date.now() + 86_400_000);
    expect(await digest.sendDue(tomorrow)).toBe(1);
    expect(await digest.sendDue(tomorrow)).toBe(0);
    expect(await mailsTo()).toEqual(['【つなぐ】今日のお知らせ（2件）']);
  });

  it('a notification mail that cannot be sent stays in the outbox and goes out once when mail works again', async () => {
    const mailDir = join(w.t.config.dataDir, 'mail');
    const worker = w.t.app.get(MailDeliveryWorker);
    // Everything queued so far goes out first, so only the mail below meets the broken mailbox.
    await worker.deliverDue();
    // The mailbox is unwritable (a file where its folder should be): every send fails.
    await rename(mailDir, `${mailDir}.away`).catch(() => undefined);
    await writeFile(mailDir, 'not a folder');
    const need = (
      await post({
        publish: true,
        title: '高齢者の見守りを相談したい',
        description: '一人暮らしのお年寄りの見守りについて相談したいです。',
        deadline: inDays(9),
      })
    ).data!.postNeed;
    await w.as.npoMember.gql(OFFER, { n: need.id, o: w.npo, m: '見守り訪問の経験があります。ご相談にのれます。' });
    await worker.deliverDue();
    const [failed] = await w.db.query(
      `SELECT id, attempts, sent_at, last_error FROM mail_outbox WHERE to_address = 'officer@example.jp' AND text_body LIKE $1`,
      [`%${need.title}%`],
    );
    expect(failed.sent_at).toBeNull();
    expect(failed.attempts).toBeGreaterThanOrEqual(1);
    expect(failed.last_error).toBeTruthy();

    await rm(mailDir);
    await w.db.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE id = $1`, [failed.id]);
    await Promise.all([worker.deliverDue(), worker.deliverDue()]);
    const [sent] = await w.db.query(`SELECT sent_at FROM mail_outbox WHERE id = $1`, [failed.id]);
    expect(sent.sent_at).not.toBeNull();
    const files = (await readdir(mailDir)).filter((f) => f.includes(failed.id));
    expect(files).toHaveLength(1);
    expect(await readFile(join(mailDir, files[0]), 'utf8')).toContain('To: officer@example.jp');
  });

  it('staff hide an abusive post: gone from search and from others, logged; deadlines expire needs', async () => {
    const need = (
      await post({
        publish: true,
        title: '清掃活動の仲間を募集',
        description: '川沿いのごみ拾いをいっしょにしてくれる方を探しています。',
        deadline: inDays(5),
      })
    ).data!.postNeed;
    expect(await search({ query: 'ごみ拾い' })).toContain(need.id);
    expect(
      errorCode(
        await w.as.officer.gql(`mutation($id: ID!) { hideNeed(id: $id, reason: "x") { id } }`, { id: need.id }),
      ),
    ).toBe('FORBIDDEN');
    await w.as.staff.gql(`mutation($id: ID!) { hideNeed(id: $id, reason: "広告のため") { id } }`, { id: need.id });
    expect(await search({ query: 'ごみ拾い' })).not.toContain(need.id);
    expect(errorCode(await w.as.npoMember.gql(`query($id: ID!) { need(id: $id) { id } }`, { id: need.id }))).toBe(
      'NOT_FOUND',
    );
    const own = await w.as.officer.gql<{ need: { hidden: boolean; hiddenReason: string } }>(
      `query($id: ID!) { need(id: $id) { hidden hiddenReason } }`,
      { id: need.id },
    );
    expect(own.data!.need).toEqual({ hidden: true, hiddenReason: '広告のため' });
    const [logged] = await w.db.query(`SELECT action FROM audit_log WHERE target_id = $1`, [need.id]);
    expect(logged.action).toBe('need.hidden');

    // Staff still see it in their overview, and in the CSV they print.
    const overview = await w.as.staff.gql<{ staffNeeds: Array<{ id: string; hidden: boolean }> }>(
      `{ staffNeeds { id hidden } }`,
    );
    expect(overview.data!.staffNeeds).toContainEqual({ id: need.id, hidden: true });
    const csv = await fetch(`${w.t.baseUrl}/api/staff/needs.csv`, { headers: { cookie: w.as.staff.cookie } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    // The byte-order mark makes Excel read the file as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('状態,非公開,タイトル,団体,区');
    expect(text).toContain(`募集中,非公開,清掃活動の仲間を募集,黒崎三丁目自治会,八幡西区`);
    const unanswered = await w.as.staff.gql<{ staffNeeds: Array<{ id: string; offerCount: number }> }>(
      `{ staffNeeds(unansweredOnly: true) { id offerCount } }`,
    );
    expect(unanswered.data!.staffNeeds.every((n) => n.offerCount === 0)).toBe(true);
    expect(unanswered.data!.staffNeeds.map((n) => n.id)).toContain(need.id);

    const open = (
      await post({
        publish: true,
        title: '祭りの運営を手伝ってほしい',
        description: '夏祭りのテント設営と片付けを手伝ってください。',
        deadline: inDays(3),
      })
    ).data!.postNeed;
    expect(await search({ query: '祭り' })).toContain(open.id);
    await w.t.app.get(NeedService).expireDue(inDays(4));
    expect(await search({ query: '祭り' })).not.toContain(open.id);
    const expired = await w.as.anonymous.gql(`query($id: ID!) { need(id: $id) { status } }`, { id: open.id });
    expect(errorCode(expired)).toBe('NOT_FOUND');
    const mine = await w.as.officer.gql<{ myNeeds: NeedView[] }>(`{ myNeeds { id status } }`);
    expect(mine.data!.myNeeds.find((n) => n.id === open.id)!.status).toBe('EXPIRED');
  });

  it('suggests NPOs with reasons in plain Japanese, and open needs to an NPO', async () => {
    const need = (
      await post({
        publish: true,
        title: '子ども食堂の配膳ボランティア',
        description: '市民センターの子ども食堂で、配膳と片付けを手伝ってくれる方を探しています。',
        deadline: inDays(12),
      })
    ).data!.postNeed;
    type Match = {
      matchNposForNeed: Array<{
        score: number;
        reasons: string[];
        npo: { id: string; ward: string; programmes: string };
      }>;
    };
    const matches = (
      await w.as.officer.gql<Match>(
        `query($id: ID!) { matchNposForNeed(needId: $id, limit: 10) { score reasons npo { id ward programmes } } }`,
        {
          id: need.id,
        },
      )
    ).data!.matchNposForNeed;
    expect(matches.length).toBe(10);
    expect(matches[0].npo.programmes).toContain('子ども食堂');
    expect(matches[0].reasons).toContain('「子ども食堂」の活動実績');
    expect(matches.find((m) => m.npo.ward === '八幡西区')!.reasons).toContain('同じ区（八幡西区）で活動');
    const scores = matches.map((m) => m.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    type Rec = { recommendedNeedsForNpo: Array<{ need: { id: string }; reasons: string[] }> };
    const forNpo = await w.as.npoMember.gql<Rec>(
      `query($n: ID!) { recommendedNeedsForNpo(npoId: $n) { need { id } reasons } }`,
      {
        n: w.npo,
      },
    );
    expect(forNpo.data!.recommendedNeedsForNpo.map((r) => r.need.id)).toContain(need.id);
    expect(
      errorCode(
        await w.as.otherNpoMember.gql(`query($n: ID!) { recommendedNeedsForNpo(npoId: $n) { score } }`, { n: w.npo }),
      ),
    ).toBe('FORBIDDEN');

    // A group invites a suggested NPO; it is told once.
    const invite = `mutation($n: ID!, $o: ID!) { inviteNpoToNeed(needId: $n, npoId: $o) }`;
    expect(
      (await w.as.officer.gql<{ inviteNpoToNeed: boolean }>(invite, { n: need.id, o: w.otherNpo })).data!
        .inviteNpoToNeed,
    ).toBe(true);
    expect(
      (await w.as.officer.gql<{ inviteNpoToNeed: boolean }>(invite, { n: need.id, o: w.otherNpo })).data!
        .inviteNpoToNeed,
    ).toBe(false);
    const invited = await w.as.otherNpoMember.gql<Rec>(
      `query($n: ID!) { recommendedNeedsForNpo(npoId: $n) { need { id } reasons } }`,
      {
        n: w.otherNpo,
      },
    );
    expect(invited.data!.recommendedNeedsForNpo[0]).toMatchObject({
      need: { id: need.id },
      reasons: expect.arrayContaining(['団体からお誘いがありました']),
    });
  });
  it('the needs index is derived: lost, it is rebuilt from PostgreSQL with exactly the public needs', async () => {
    await w.drain();
    const before = await search({ statuses: ['PUBLISHED', 'MATCHED', 'DONE'], pageSize: 100 });
    const engine = w.t.app.get(SearchEngineService);
    await engine.client.deleteIndex(engine.indexUid(NEED_INDEX)).waitTask();
    expect(await search({ statuses: ['PUBLISHED', 'MATCHED', 'DONE'], pageSize: 100 })).toEqual([]);
    const [{ count }] = await w.db.query(
      `SELECT count(*)::int AS count FROM need n JOIN community_group g ON g.id = n.group_id
        WHERE n.status IN ('PUBLISHED', 'MATCHED', 'DONE') AND n.hidden_at IS NULL AND g.status = 'VERIFIED'`,
    );
    expect(await w.t.app.get(SearchReindexer).rebuild(NEED_INDEX)).toBe(count);
    const after = await search({ statuses: ['PUBLISHED', 'MATCHED', 'DONE'], pageSize: 100 });
    expect(after.sort()).toEqual(before.sort());
    expect(after).toHaveLength(count);
  });
});
