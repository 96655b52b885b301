import { NeedService } from '@tsunagu/needs/api';
import { errorCode } from '../accounts/session-client';
import {
  OFFER,
  type NeedView,
  type NeedsWorld,
  postNeed,
  searchNeedIds,
  OFFICER_EMAIL,
  OFFICER_PHONE,
  createNeedsWorld,
  inDays,
} from './needs-world';

const OFFER_VIEW = `query($id: ID!) { offer(id: $id) { id status unreadCount viewerSide
  messages { body senderSide mine } contacts { groupPhone groupEmail npoPeople { email } } } }`;

/** The needs issue's journeys through the API, on real PostgreSQL and Meilisearch. */
describe('needs, offers and conversations', () => {
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

  it('publishes a need whose officer answered 「決めていない」: found by search, never expired by a date', async () => {
    const r = await post({
      publish: true,
      title: '集会所の網戸を直したい',
      description: '集会所の網戸が破れています。直し方を教えてくれる方を探しています。',
      fields: [3],
      deadline: null,
    });
    expect(r.errors).toBeUndefined();
    const need = r.data!.postNeed;
    expect(need.status).toBe('PUBLISHED');
    expect(await search({ query: '網戸' })).toContain(need.id);
    await w.t.app.get(NeedService).expireDue(inDays(400));
    const [{ status, deadline }] = await w.db.query(`SELECT status, deadline FROM need WHERE id = $1`, [need.id]);
    expect({ status, deadline }).toEqual({ status: 'PUBLISHED', deadline: null });
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
});
