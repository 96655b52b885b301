import { OFFER_REMINDERS_JOB, OfferReminders } from '@tsunagu/needs/api';
import { JobQueue } from '@tsunagu/shared/api-core';
import { type SessionClient, errorCode } from '../accounts/session-client';
import { OFFER, type NeedView, type NeedsWorld, createNeedsWorld, inDays, postNeed } from './needs-world';

const DAY = 86_400_000;
const GROUP = '黒崎三丁目自治会';
const OFFER_VIEW = `query($id: ID!) { offer(id: $id) { status closeReason remindedAt replyBy statusNote decidedAt } }`;

interface Notice {
  title: string;
  body: string;
  link: string;
}
interface OfferView {
  status: string;
  closeReason: string | null;
  remindedAt: string | null;
  replyBy: string | null;
  statusNote: string | null;
  decidedAt: string | null;
}

/** The day `days` after `from` as people read it (12月22日), on the city's clock. */
const dayInJapanese = (from: Date, days: number) =>
  new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', month: 'long', day: 'numeric' }).format(
    new Date(from.getTime() + days * DAY),
  );

async function noticesOf(client: SessionClient): Promise<Notice[]> {
  const r = await client.gql<{ notifications: Notice[] }>(`{ notifications(limit: 100) { title body link } }`);
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.notifications;
}

async function offerAs(client: SessionClient, id: string): Promise<OfferView> {
  const r = await client.gql<{ offer: OfferView }>(OFFER_VIEW, { id });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.offer;
}

/** Offers the group does not answer (issue #13): reminded at 7 days, closed at 21, never silence. */
describe('offers the group does not answer: reminders and closing', () => {
  let w: NeedsWorld;
  let reminders: OfferReminders;
  let madeAt: Date;
  let need: string;
  let waiting: string;
  let answered: string;
  let onCancelled: string;
  let onHidden: string;
  let npoName: string;
  const later = (days: number) => new Date(madeAt.getTime() + days * DAY);
  const newNotices = async (who: 'officer' | 'staff' | 'npoMember' | 'otherNpoMember', seen: Notice[]) =>
    (await noticesOf(w.as[who])).filter((n) => !seen.some((s) => s.title === n.title && s.body === n.body));
  const seenNow = async () => ({
    officer: await noticesOf(w.as.officer),
    staff: await noticesOf(w.as.staff),
    npoMember: await noticesOf(w.as.npoMember),
    otherNpoMember: await noticesOf(w.as.otherNpoMember),
  });

  const openNeed = async (title: string) => {
    const r = await postNeed(w, {
      publish: true,
      title,
      description: `${title}をしてくださる方を探しています。市民センターで行います。`,
      deadline: inDays(40),
    });
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.postNeed.id;
  };
  const offer = async (who: 'npoMember' | 'otherNpoMember', needId: string) => {
    const r = await w.as[who].gql<{ offerHelp: { id: string } }>(OFFER, {
      n: needId,
      o: who === 'npoMember' ? w.npo : w.otherNpo,
      m: '私たちの団体で、このお手伝いができます。よろしくお願いします。',
    });
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.offerHelp.id;
  };

  beforeAll(async () => {
    w = await createNeedsWorld();
    reminders = w.t.app.get(OfferReminders);
    [{ name: npoName }] = await w.db.query(`SELECT name FROM npo WHERE id = $1`, [w.npo]);
    madeAt = new Date();
    need = await openNeed('防災訓練の炊き出しのお手伝い');
    waiting = await offer('npoMember', need);
    const matched = await openNeed('夏祭りの見守りのお手伝い');
    answered = await offer('otherNpoMember', matched);
    const accepted = await w.as.officer.gql(`mutation($o: ID!) { respondToOffer(offerId: $o, accept: true) { id } }`, {
      o: answered,
    });
    expect(accepted.errors).toBeUndefined();
    const cancelled = await openNeed('公民館の大掃除のお手伝い');
    onCancelled = await offer('npoMember', cancelled);
    const hidden = await openNeed('子ども会の遠足の付きそい');
    onHidden = await offer('otherNpoMember', hidden);
    const hid = await w.as.staff.gql(`mutation($id: ID!) { hideNeed(id: $id, reason: "確認中です") { id } }`, {
      id: hidden,
    });
    expect(hid.errors).toBeUndefined();
    const closed = await w.as.officer.gql(`mutation($id: ID!) { closeNeed(id: $id, outcome: CANCELLED) { status } }`, {
      id: cancelled,
    });
    expect(closed.errors).toBeUndefined();
  });
  afterAll(async () => {
    await w?.t.close();
  });

  it('runs hourly on the job queue, in Japan time', async () => {
    const jobs = w.t.app.get(JobQueue);
    await jobs.ready();
    const schedules = await (await jobs.queue()).getSchedules();
    expect(schedules.find((s) => s.name === OFFER_REMINDERS_JOB)).toMatchObject({
      cron: '0 * * * *',
      timezone: 'Asia/Tokyo',
    });
  });

  it('a waiting offer shows the group until when it may answer', async () => {
    const view = await offerAs(w.as.officer, waiting);
    expect(view).toMatchObject({ status: 'PENDING', remindedAt: null, statusNote: null, closeReason: null });
    const replyBy = new Date(view.replyBy!).getTime();
    expect(Math.abs(replyBy - later(21).getTime())).toBeLessThan(60_000);
  });

  it('an offer on a need the group cancelled closes: only the NPO is told, and why', async () => {
    const seen = await seenNow();
    expect(await reminders.run(later(1))).toEqual({ needClosed: 1, noReply: 0, reminded: 0 });
    expect(await offerAs(w.as.npoMember, onCancelled)).toMatchObject({
      status: 'EXPIRED',
      closeReason: 'NEED_CLOSED',
      statusNote: '募集が終わったので、この申し出も終わりになりました。',
    });
    expect(await newNotices('npoMember', seen.npoMember)).toEqual([
      {
        title: '募集「公民館の大掃除のお手伝い」が終わりました',
        body: `「${GROUP}」の募集「公民館の大掃除のお手伝い」が終わったので、申し出も終わりになりました。申し出ていただき、ありがとうございました。ほかの募集にも申し出てみてください。`,
        link: `/offers/${onCancelled}`,
      },
    ]);
    expect(await newNotices('officer', seen.officer)).toEqual([]);
    expect(await newNotices('staff', seen.staff)).toEqual([]);
  });

  it('after 8 days unanswered the group, staff and the NPO hear it once, and the offer says until when', async () => {
    const seen = await seenNow();
    expect(await reminders.run(later(8))).toEqual({ needClosed: 0, noReply: 0, reminded: 1 });
    expect(await reminders.run(later(8))).toEqual({ needClosed: 0, noReply: 0, reminded: 0 });
    expect(await reminders.run(later(9))).toEqual({ needClosed: 0, noReply: 0, reminded: 0 });
    const day = dayInJapanese(madeAt, 21);
    const link = `/offers/${waiting}`;
    expect(await newNotices('officer', seen.officer)).toEqual([
      {
        title: `「${npoName}」からの申し出に、お返事をお願いします`,
        body: `「${npoName}」からの申し出に、まだお返事していません。${day}までにお返事がなければ、この申し出は終わりになります。募集「防災訓練の炊き出しのお手伝い」の申し出を読んで、お願いするか見送るかを決めてください。`,
        link,
      },
    ]);
    expect(await newNotices('staff', seen.staff)).toEqual([
      expect.objectContaining({ title: `「${GROUP}」が、申し出にまだ返事をしていません`, link }),
    ]);
    expect(await newNotices('npoMember', seen.npoMember)).toEqual([
      {
        title: `「${GROUP}」に、お返事をお願いしました`,
        body: `募集「防災訓練の炊き出しのお手伝い」への申し出に、「${GROUP}」からまだお返事がないので、お返事をお願いしました。${day}までにお返事がなければ、この申し出は終わりになります。`,
        link,
      },
    ]);
    // The answered offer and the one on the hidden need hear nothing.
    expect(await newNotices('otherNpoMember', seen.otherNpoMember)).toEqual([]);

    const group = await offerAs(w.as.officer, waiting);
    expect(group).toMatchObject({
      status: 'PENDING',
      statusNote: `まだお返事していません。${day}までにお返事がなければ、この申し出は終わりになります。`,
    });
    expect(new Date(group.remindedAt!).getTime()).toBe(later(8).getTime());
    expect((await offerAs(w.as.npoMember, waiting)).statusNote).toBe(
      `団体に、お返事をお願いしました。${day}までにお返事がなければ、この申し出は終わりになります。`,
    );
  });

  it('after 22 days it closes with the reason the group sees; the NPO is told politely, staff are told; the need stays open', async () => {
    const seen = await seenNow();
    expect(await reminders.run(later(22))).toEqual({ needClosed: 0, noReply: 1, reminded: 0 });
    expect(await reminders.run(later(23))).toEqual({ needClosed: 0, noReply: 0, reminded: 0 });
    const day = dayInJapanese(madeAt, 21);
    const link = `/offers/${waiting}`;
    expect(await offerAs(w.as.officer, waiting)).toMatchObject({
      status: 'EXPIRED',
      closeReason: 'NO_REPLY',
      replyBy: null,
      statusNote: `期限の${day}までにお返事がなかったので、この申し出は終わりになりました。この募集には、ほかのNPOからも申し出を受けられます。`,
      decidedAt: later(22).toISOString(),
    });
    expect((await offerAs(w.as.npoMember, waiting)).statusNote).toBe(
      '団体からのお返事がないまま、期限になりました。ほかの募集にも申し出てみてください。',
    );
    expect(await newNotices('npoMember', seen.npoMember)).toEqual([
      {
        title: `「${GROUP}」からのお返事がないまま、期限になりました`,
        body: `募集「防災訓練の炊き出しのお手伝い」への申し出は、「${GROUP}」からのお返事がないまま、期限になりました。申し出ていただき、ありがとうございました。ほかの募集にも申し出てみてください。`,
        link,
      },
    ]);
    expect(await newNotices('officer', seen.officer)).toEqual([
      expect.objectContaining({ title: `「${npoName}」からの申し出が、終わりになりました`, link }),
    ]);
    expect(await newNotices('staff', seen.staff)).toEqual([
      expect.objectContaining({ title: `「${GROUP}」が返事をしないまま、申し出が終わりました`, link }),
    ]);
    // The group sees it on the need with its reason, and cannot answer it any more.
    const onNeed = await w.as.officer.gql<{ need: NeedView & { offers: Array<{ id: string; status: string }> } }>(
      `query($id: ID!) { need(id: $id) { status offers { id status } } }`,
      { id: need },
    );
    expect(onNeed.data!.need.status).toBe('PUBLISHED');
    expect(onNeed.data!.need.offers).toContainEqual({ id: waiting, status: 'EXPIRED' });
    const late = await w.as.officer.gql(`mutation($o: ID!) { respondToOffer(offerId: $o, accept: true) { id } }`, {
      o: waiting,
    });
    expect(errorCode(late)).toBe('CONFLICT');
    expect(late.errors![0].message).toBe(
      'この申し出は、お返事の期限が過ぎたので終わりました。この団体の力を借りたいときは、市の担当者に相談してください。',
    );
    // Other NPOs can still offer on the need.
    const other = await offer('otherNpoMember', need);
    expect((await offerAs(w.as.officer, other)).status).toBe('PENDING');
  });

  it('answered offers and offers on a need staff hid are left as they are', async () => {
    expect(await offerAs(w.as.otherNpoMember, answered)).toMatchObject({
      status: 'ACCEPTED',
      closeReason: null,
      remindedAt: null,
      statusNote: null,
    });
    const [row] = await w.db.query(`SELECT status, reminded_at, close_reason FROM offer WHERE id = $1`, [onHidden]);
    expect(row).toEqual({ status: 'PENDING', reminded_at: null, close_reason: null });
  });

  it('the NPO may offer again after it closed: a new thread of waiting with a fresh deadline', async () => {
    const again = await offer('npoMember', need);
    expect(again).toBe(waiting);
    const view = await offerAs(w.as.officer, waiting);
    expect(view).toMatchObject({ status: 'PENDING', closeReason: null, remindedAt: null, statusNote: null });
    expect(new Date(view.replyBy!).getTime()).toBeGreaterThan(Date.now() + 20 * DAY);
    expect(await reminders.run(new Date(Date.now() + DAY))).toEqual({ needClosed: 0, noReply: 0, reminded: 0 });
  });
});
