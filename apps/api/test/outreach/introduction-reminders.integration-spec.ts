import { INTRODUCTION_REMINDERS_JOB, IntroductionReminders } from '@tsunagu/outreach/api';
import { JobQueue } from '@tsunagu/shared/api-core';
import {
  type IntroductionWorld,
  type Notice,
  ask,
  createIntroductionWorld,
  introductionsOf,
  noticesOf,
  openNeed,
  queue,
} from './introduction-world';

const DAY = 86_400_000;
const ASK_ANOTHER = 'ほかのおすすめのNPOにもお願いできます。市の担当者にも相談できます。';

/** The day `days` after `from` as the group reads it (12月22日), on the city's clock. */
const dayInJapanese = (from: Date, days: number) =>
  new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', month: 'long', day: 'numeric' }).format(
    new Date(from.getTime() + days * DAY),
  );

/** Replies that do not come (issue #13): the reminder at 7 days and the closing at 21, never silence. */
describe('introduction requests: reminders and closing when the NPO does not answer', () => {
  let w: IntroductionWorld;
  let reminders: IntroductionReminders;
  let need: string;
  let cancelledNeed: string;
  let askedAt: Date;
  const later = (days: number) => new Date(askedAt.getTime() + days * DAY);
  const newNotices = async (who: 'officer' | 'staff' | 'npoMember', seen: Notice[]) => {
    const all = await noticesOf(w.as[who]);
    return all.filter((n) => !seen.some((s) => s.title === n.title && s.body === n.body));
  };

  beforeAll(async () => {
    w = await createIntroductionWorld();
    reminders = w.t.app.get(IntroductionReminders);
    need = await openNeed(w, '防災訓練の炊き出しのお手伝い');
    cancelledNeed = await openNeed(w, '公民館の大掃除のお手伝い');
    askedAt = new Date();
    await ask(w.as.officer, need, w.unclaimed[0].id);
    await ask(w.as.officer, need, w.npo);
    await ask(w.as.officer, cancelledNeed, w.unclaimed[1].id);
  });
  afterAll(async () => {
    await w?.t.close();
  });

  it('runs hourly on the job queue, in Japan time', async () => {
    const jobs = w.t.app.get(JobQueue);
    await jobs.ready();
    const schedules = await (await jobs.queue()).getSchedules();
    expect(schedules.find((s) => s.name === INTRODUCTION_REMINDERS_JOB)).toMatchObject({
      cron: '0 * * * *',
      timezone: 'Asia/Tokyo',
    });
  });

  it('a request whose need the group closed ends quietly', async () => {
    const before = await noticesOf(w.as.officer);
    const closed = await w.as.officer.gql(`mutation($id: ID!) { closeNeed(id: $id, outcome: CANCELLED) { status } }`, {
      id: cancelledNeed,
    });
    expect(closed.errors).toBeUndefined();
    expect(await reminders.run(later(1))).toEqual({ needClosed: 1, noReply: 0, reminded: 0 });
    expect((await introductionsOf(w.as.officer, cancelledNeed))[0]).toMatchObject({
      status: 'CLOSED',
      closeReason: 'NEED_CLOSED',
      statusLabel: '募集が終わりました',
    });
    expect(await newNotices('officer', before)).toEqual([]);
  });

  it('after 8 days with no answer the group, staff and the NPO’s members are reminded, once', async () => {
    const seen = {
      officer: await noticesOf(w.as.officer),
      staff: await noticesOf(w.as.staff),
      npoMember: await noticesOf(w.as.npoMember),
    };
    expect(await reminders.run(later(8))).toEqual({ needClosed: 0, noReply: 0, reminded: 2 });
    expect(await reminders.run(later(8))).toEqual({ needClosed: 0, noReply: 0, reminded: 0 });
    const closesOn = dayInJapanese(askedAt, 21);
    const city = w.unclaimed[0];
    const toGroup = await newNotices('officer', seen.officer);
    expect(toGroup).toContainEqual({
      title: `「${city.name}」から、まだ返事がありません`,
      body: `募集「防災訓練の炊き出しのお手伝い」のお願いに、${city.name}からまだ返事がありません。市の担当者がもう一度連絡します。${closesOn}までに返事がなければ、このお願いは終わりにします。`,
      link: `/needs/${need}`,
    });
    expect(toGroup).toHaveLength(2);
    const toStaff = await newNotices('staff', seen.staff);
    expect(toStaff).toContainEqual(
      expect.objectContaining({
        title: `「${city.name}」から返事のないお願いがあります（1件）`,
        link: '/staff/outreach',
      }),
    );
    expect(toStaff).toHaveLength(2);
    expect(await newNotices('npoMember', seen.npoMember)).toEqual([
      expect.objectContaining({ title: '「黒崎三丁目自治会」が、お返事を待っています', link: `/needs/${need}` }),
    ]);

    const mine = await introductionsOf(w.as.officer, need);
    for (const r of mine) {
      expect(r.nextStep).toBe(
        `NPOから、まだ返事がありません。市の担当者が、もう一度NPOに連絡します。${closesOn}までに返事がなければ、このお願いは終わりにします。`,
      );
      expect(r.remindedAt).not.toBeNull();
    }
    // Both came back to staff: the one the city passes on, and the one to the NPO with members.
    const items = await queue(w);
    expect(items.map((i) => [i.npo.id, i.reminderDue]).sort()).toEqual(
      [
        [city.id, true],
        [w.npo, true],
      ].sort(),
    );
    expect(items.find((i) => i.npo.id === w.npo)!.hasMembers).toBe(true);
  });

  it('after 22 days it closes as 「返事がありません」: the group hears what it can do next, staff hear it closed', async () => {
    const seen = { officer: await noticesOf(w.as.officer), staff: await noticesOf(w.as.staff) };
    expect(await reminders.run(later(22))).toEqual({ needClosed: 0, noReply: 2, reminded: 0 });
    for (const r of await introductionsOf(w.as.officer, need)) {
      expect(r).toMatchObject({
        status: 'NO_REPLY',
        closeReason: 'NO_REPLY',
        statusLabel: '返事がありません',
        nextStep: ASK_ANOTHER,
      });
    }
    const city = w.unclaimed[0];
    const toGroup = await newNotices('officer', seen.officer);
    expect(toGroup).toContainEqual({
      title: `「${city.name}」から返事がなかったので、お願いを終わりにしました`,
      body: `募集「防災訓練の炊き出しのお手伝い」で「${city.name}」にお願いしましたが、返事がありませんでした。${ASK_ANOTHER}`,
      link: `/needs/${need}`,
    });
    expect(await newNotices('staff', seen.staff)).toContainEqual(
      expect.objectContaining({ title: `「${city.name}」へのお願いが、返事のないまま終わりました（1件）` }),
    );
    expect(await queue(w)).toEqual([]);
    expect((await queue(w, 'NO_REPLY')).map((i) => i.npo.id).sort()).toEqual([city.id, w.npo].sort());
    expect(await reminders.run(later(23))).toEqual({ needClosed: 0, noReply: 0, reminded: 0 });
  });

  it('an NPO that offers after all still answers: the request turns ANSWERED', async () => {
    const offer = await w.as.npoMember.gql<{ offerHelp: { id: string } }>(
      `mutation($n: ID!, $o: ID!, $m: String!) { offerHelp(needId: $n, npoId: $o, message: $m) { id } }`,
      { n: need, o: w.npo, m: '遅くなりましたが、炊き出しのお手伝いができます。' },
    );
    const answered = (await introductionsOf(w.as.officer, need)).find((r) => r.npoId === w.npo)!;
    expect(answered).toMatchObject({ status: 'ANSWERED', closeReason: null, offerId: offer.data!.offerHelp.id });
  });
});
