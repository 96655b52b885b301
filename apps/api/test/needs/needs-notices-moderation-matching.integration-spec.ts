import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MailDeliveryWorker } from '@tsunagu/mail/api';
import { NEED_INDEX, NeedService } from '@tsunagu/needs/api';
import { DigestMailer } from '@tsunagu/notifications/api';
import { SearchEngineService, SearchReindexer } from '@tsunagu/search/api';
import { errorCode } from '../accounts/session-client';
import {
  OFFER,
  POST,
  type NeedView,
  type NeedsWorld,
  postNeed,
  searchNeedIds,
  createNeedsWorld,
  inDays,
} from './needs-world';

/** The needs issue's journeys through the API (notices, moderation, matching, the index), on real PostgreSQL and Meilisearch. */
describe('needs: notification mails, moderation, matching and the index', () => {
  let w: NeedsWorld;

  beforeAll(async () => {
    w = await createNeedsWorld();
  });
  afterAll(async () => {
    await w?.t.close();
  });

  const post = (input: Record<string, unknown>, who: 'officer' | 'pendingOfficer' = 'officer') =>
    postNeed(w, input, who);
  const search = (input: Record<string, unknown>) => searchNeedIds(w, input);

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
    expect(matches[0].reasons).toContain('「子ども食堂」に取り組んでいます');
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
