import { IntroductionRequestService } from '@tsunagu/outreach/api';
import { errorCode } from '../accounts/session-client';
import { OFFER, OFFICER_EMAIL, OFFICER_PHONE, postNeed } from '../needs/needs-world';
import {
  type IntroductionWorld,
  OF_NEED,
  type RequestView,
  WAITING_FOR_NPO,
  ask,
  createIntroductionWorld,
  gqlInEnglish,
  introductionsOf,
  newNpoMember,
  noticesOf,
  openNeed,
  queue,
} from './introduction-world';

const WAITING_NEXT = '市の担当者が、NPOに手紙や電話でお伝えします。NPOから申し出があると、お知らせが届きます。';

/** A group asks any suggested NPO; staff bridge the ones not here yet (issue #13), on real PostgreSQL. */
describe('introduction requests: asking, the staff queue, forwarding, answers and closing', () => {
  let w: IntroductionWorld;
  let need: string;
  let cityNpo: { id: string; name: string };
  let laterNpo: { id: string; name: string };
  let first: RequestView;

  beforeAll(async () => {
    w = await createIntroductionWorld();
    need = await openNeed(w, '夏祭りの子ども向け遊びコーナー');
    [cityNpo, laterNpo] = w.unclaimed;
  });
  afterAll(async () => {
    await w?.t.close();
  });

  it('an officer asks an NPO without members: WAITING, in plain words, and every staff member is told', async () => {
    const r = await ask(w.as.officer, need, cityNpo.id);
    first = r.data!.requestIntroduction;
    expect(first).toMatchObject({
      needId: need,
      npoId: cityNpo.id,
      npoName: cityNpo.name,
      groupName: '黒崎三丁目自治会',
      route: 'CITY',
      status: 'WAITING',
      statusLabel: '市の担当者がNPOにお伝えします',
      nextStep: WAITING_NEXT,
      offerId: null,
    });
    const staffNotices = await noticesOf(w.as.staff);
    expect(staffNotices).toContainEqual(
      expect.objectContaining({ title: `「${cityNpo.name}」へのお願いがあります`, link: '/staff/outreach' }),
    );
    const [audit] = await w.db.query(
      `SELECT actor_user_id FROM audit_log WHERE action = 'introduction.requested' AND target_id = $1`,
      [first.id],
    );
    expect(audit.actor_user_id).toBe(w.userId.officer);
  });

  it('asking twice keeps one request and tells staff once', async () => {
    const again = await ask(w.as.officer, need, cityNpo.id);
    expect(again.data!.requestIntroduction.id).toBe(first.id);
    const [{ count }] = await w.db.query(
      `SELECT count(*)::int AS count FROM introduction_request WHERE need_id = $1 AND npo_id = $2`,
      [need, cityNpo.id],
    );
    expect(count).toBe(1);
    const told = (await noticesOf(w.as.staff)).filter((n) => n.title === `「${cityNpo.name}」へのお願いがあります`);
    expect(told).toHaveLength(1);
  });

  it('staff see it in the queue by NPO, oldest first, with the need and the group, never the officer’s contacts', async () => {
    await ask(w.as.officer, need, laterNpo.id);
    const items = await queue(w);
    const ids = items.map((i) => i.npo.id);
    expect(ids.indexOf(cityNpo.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(cityNpo.id)).toBeLessThan(ids.indexOf(laterNpo.id));
    const item = items.find((i) => i.npo.id === cityNpo.id)!;
    expect(item).toMatchObject({ hasMembers: false, waitingDays: 0, reminderDue: false, lettersPrinted: 0 });
    expect(item.requests).toEqual([
      expect.objectContaining({
        id: first.id,
        needTitle: '夏祭りの子ども向け遊びコーナー',
        groupName: '黒崎三丁目自治会',
        groupWard: '八幡西区',
      }),
    ]);
    const json = JSON.stringify(items);
    expect(json).not.toContain(OFFICER_PHONE);
    expect(json).not.toContain(OFFICER_EMAIL);
    // The NPOs the letters go to: those the city passes requests on to, waiting longest first.
    const waiting = await w.t.app.get(IntroductionRequestService).npoIdsWaiting();
    expect(waiting.indexOf(cityNpo.id)).toBeLessThan(waiting.indexOf(laterNpo.id));
  });

  it('asking an NPO with members is today’s invitation: FORWARDED, its members told, not in the staff queue', async () => {
    const r = (await ask(w.as.officer, need, w.npo)).data!.requestIntroduction;
    expect(r).toMatchObject({
      route: 'MEMBERS',
      status: 'FORWARDED',
      forwardedHow: 'MEMBERS',
      statusLabel: 'お伝えしました',
    });
    expect(await noticesOf(w.as.npoMember)).toContainEqual(
      expect.objectContaining({ title: '「黒崎三丁目自治会」から、お手伝いのお誘いです', link: `/needs/${need}` }),
    );
    expect((await queue(w)).map((i) => i.npo.id)).not.toContain(w.npo);
  });

  it('only the group’s members ask; the group and staff list a need’s requests; the NPO and staff list its waiting ones', async () => {
    const draft = (await postNeed(w, { publish: false, title: 'まだ下書きの募集' })).data!.postNeed.id;
    expect(errorCode(await ask(w.as.anonymous, need, cityNpo.id))).toBe('UNAUTHENTICATED');
    for (const who of ['otherOfficer', 'pendingOfficer', 'npoMember', 'otherNpoMember', 'staff'] as const) {
      expect([who, errorCode(await ask(w.as[who], need, w.unclaimed[2].id))]).toEqual([who, 'FORBIDDEN']);
      expect([who, errorCode(await ask(w.as[who], draft, cityNpo.id))]).toEqual([
        who,
        who === 'staff' ? 'FORBIDDEN' : 'NOT_FOUND',
      ]);
    }
    expect(errorCode(await ask(w.as.officer, draft, cityNpo.id))).toBe('CONFLICT');
    expect(errorCode(await ask(w.as.officer, need, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');

    expect((await introductionsOf(w.as.officer, need)).map((r) => r.npoId)).toEqual([cityNpo.id, laterNpo.id, w.npo]);
    expect((await introductionsOf(w.as.staff, need)).length).toBe(3);
    for (const who of ['otherOfficer', 'npoMember', 'otherNpoMember'] as const) {
      expect([who, errorCode(await w.as[who].gql(OF_NEED, { n: need }))]).toEqual([who, 'FORBIDDEN']);
    }
    expect(errorCode(await w.as.otherOfficer.gql(OF_NEED, { n: draft }))).toBe('NOT_FOUND');
    expect(errorCode(await w.as.anonymous.gql(OF_NEED, { n: need }))).toBe('UNAUTHENTICATED');

    const theirs = await w.as.npoMember.gql<{ waitingIntroductionsForNpo: RequestView[] }>(WAITING_FOR_NPO, {
      o: w.npo,
    });
    expect(theirs.data!.waitingIntroductionsForNpo.map((r) => r.needId)).toEqual([need]);
    const staffView = await w.as.staff.gql<{ waitingIntroductionsForNpo: RequestView[] }>(WAITING_FOR_NPO, {
      o: cityNpo.id,
    });
    expect(staffView.data!.waitingIntroductionsForNpo.map((r) => r.id)).toEqual([first.id]);
    for (const who of ['officer', 'otherNpoMember'] as const) {
      expect([who, errorCode(await w.as[who].gql(WAITING_FOR_NPO, { o: w.npo }))]).toEqual([who, 'FORBIDDEN']);
    }
    for (const who of ['officer', 'npoMember'] as const) {
      expect(errorCode(await w.as[who].gql(`{ introductionRequests { hasMembers } }`))).toBe('FORBIDDEN');
      const mark = `mutation($o: ID!) { markIntroductionsForwarded(npoId: $o, how: PHONE) }`;
      expect(errorCode(await w.as[who].gql(mark, { o: cityNpo.id }))).toBe('FORBIDDEN');
      const close = `mutation($id: ID!) { closeIntroductionRequest(id: $id, reason: DECLINED) { id } }`;
      expect(errorCode(await w.as[who].gql(close, { id: first.id }))).toBe('FORBIDDEN');
    }
  });

  it('the NPO offers on the need: its request is ANSWERED, with the offer', async () => {
    const offer = await w.as.npoMember.gql<{ offerHelp: { id: string } }>(OFFER, {
      n: need,
      o: w.npo,
      m: '遊びコーナーの運営を、子ども食堂のスタッフでお手伝いできます。',
    });
    const mine = (await introductionsOf(w.as.officer, need)).find((r) => r.npoId === w.npo)!;
    expect(mine).toMatchObject({
      status: 'ANSWERED',
      statusLabel: '返事がありました',
      offerId: offer.data!.offerHelp.id,
    });
  });

  it('an NPO that claims its page sees the waiting request first and answers it by offering', async () => {
    const member = await newNpoMember(w, laterNpo.id, 'later-npo-member');
    const waiting = await member.gql<{ waitingIntroductionsForNpo: RequestView[] }>(WAITING_FOR_NPO, {
      o: laterNpo.id,
    });
    expect(waiting.data!.waitingIntroductionsForNpo).toEqual([
      expect.objectContaining({ needId: need, groupName: '黒崎三丁目自治会', status: 'WAITING' }),
    ]);
    expect(JSON.stringify(waiting)).not.toContain(OFFICER_PHONE);
    const offer = await member.gql<{ offerHelp: { id: string } }>(OFFER, {
      n: need,
      o: laterNpo.id,
      m: '手紙を読みました。遊びコーナーのお手伝いができます。',
    });
    const answered = (await introductionsOf(w.as.officer, need)).find((r) => r.npoId === laterNpo.id)!;
    expect(answered).toMatchObject({ status: 'ANSWERED', offerId: offer.data!.offerHelp.id });
    expect((await queue(w)).map((i) => i.npo.id)).not.toContain(laterNpo.id);
    expect((await queue(w, 'ANSWERED')).map((i) => i.npo.id)).toContain(laterNpo.id);
  });

  it('staff phoned the NPO: FORWARDED, and the group is told', async () => {
    const mark = `mutation($o: ID!, $h: ForwardedHow!) { markIntroductionsForwarded(npoId: $o, how: $h) }`;
    expect(errorCode(await w.as.staff.gql(mark, { o: cityNpo.id, h: 'MEMBERS' }))).toBe('BAD_USER_INPUT');
    expect(
      (await w.as.staff.gql<{ markIntroductionsForwarded: number }>(mark, { o: cityNpo.id, h: 'PHONE' })).data,
    ).toEqual({
      markIntroductionsForwarded: 1,
    });
    expect(
      (await w.as.staff.gql<{ markIntroductionsForwarded: number }>(mark, { o: cityNpo.id, h: 'PHONE' })).data,
    ).toEqual({
      markIntroductionsForwarded: 0,
    });
    const mine = (await introductionsOf(w.as.officer, need)).find((r) => r.npoId === cityNpo.id)!;
    expect(mine).toMatchObject({
      status: 'FORWARDED',
      forwardedHow: 'PHONE',
      statusLabel: 'お伝えしました',
      nextStep: '市の担当者が、NPOに電話でお伝えしました。NPOから申し出があると、お知らせが届きます。',
    });
    expect(await noticesOf(w.as.officer)).toContainEqual(
      expect.objectContaining({ title: `市の担当者が「${cityNpo.name}」にお伝えしました`, link: `/needs/${need}` }),
    );
  });

  it('a letter goes out in the letters’ transaction: the NPO’s waiting requests are FORWARDED by LETTER', async () => {
    const npo = w.unclaimed[3];
    await ask(w.as.officer, need, npo.id);
    const service = w.t.app.get(IntroductionRequestService);
    await w.db.transaction((manager) => service.forwardedByLetter([npo.id], 'LETTER', w.userId.staff, manager));
    const mine = (await introductionsOf(w.as.officer, need)).find((r) => r.npoId === npo.id)!;
    expect(mine).toMatchObject({ status: 'FORWARDED', forwardedHow: 'LETTER' });
    expect(await service.npoIdsWaiting()).toContain(npo.id);
  });

  it('staff close a request the NPO declined: the group sees the reason and what it can do', async () => {
    const close = `mutation($id: ID!, $note: String) { closeIntroductionRequest(id: $id, reason: DECLINED, note: $note) { status statusLabel nextStep closeReason closeNote } }`;
    const r = await w.as.staff.gql<{ closeIntroductionRequest: RequestView }>(close, {
      id: first.id,
      note: '今は会員が少ないそうです',
    });
    expect(r.data!.closeIntroductionRequest).toEqual({
      status: 'CLOSED',
      statusLabel: '今回はお手伝いできないそうです',
      nextStep: 'ほかのおすすめのNPOにもお願いできます。市の担当者にも相談できます。',
      closeReason: 'DECLINED',
      closeNote: '今は会員が少ないそうです',
    });
    expect(await noticesOf(w.as.officer)).toContainEqual(
      expect.objectContaining({ title: `「${cityNpo.name}」は、今回はお手伝いできないそうです` }),
    );
    expect(errorCode(await w.as.staff.gql(close, { id: first.id, note: null }))).toBe('CONFLICT');
    expect(errorCode(await w.as.staff.gql(close, { id: '00000000-0000-4000-8000-000000000000', note: null }))).toBe(
      'NOT_FOUND',
    );
  });

  it('words the status in English for a caller who reads English (Accept-Language: en)', async () => {
    const npo = w.unclaimed[4];
    const r = await gqlInEnglish<{ requestIntroduction: RequestView }>(
      w,
      w.as.officer,
      `mutation($n: ID!, $o: ID!) { requestIntroduction(needId: $n, npoId: $o) { statusLabel nextStep } }`,
      { n: need, o: npo.id },
    );
    expect(r.data!.requestIntroduction).toEqual({
      statusLabel: 'The city’s staff will pass your request on to the NPO',
      nextStep:
        'The city’s staff will tell the NPO by letter or phone. You will get a notification when the NPO offers help.',
    });
    const refusal = await gqlInEnglish(w, w.as.otherOfficer, OF_NEED, { n: need });
    expect(refusal.errors![0].message).toBe('Only the group’s members and the city’s staff may see these requests.');
  });
});
