import { errorCode } from '../accounts/session-client';
import { noticesOf } from '../outreach/introduction-world';
import { OFFER, inDays } from '../needs/needs-world';
import {
  type AssistedWorld,
  CENTRE_NAME,
  GROUP_FIELDS,
  OFFICER,
  assignCentreStaff,
  createAssistedGroup,
  createAssistedWorld,
} from './assisted-world';

const POST = `mutation($i: PostNeedInput!) { postNeed(input: $i) { id status enteredByProxy { kind name } } }`;
const OFFER_VIEW = `query($id: ID!) { offer(id: $id) { id status answeredByProxy { kind name }
  messages { body senderSide enteredByProxy { kind name } } contacts { groupPhone groupRepresentative } } }`;
const PHONE_REPLY = `mutation($i: RecordPhoneReplyInput!) { recordPhoneReply(input: $i) { id status answeredByProxy { kind name } } }`;

interface OfferView {
  offer: {
    status: string;
    answeredByProxy: { kind: string; name: string | null } | null;
    messages: Array<{ body: string; senderSide: string; enteredByProxy: { kind: string; name: string } | null }>;
    contacts: { groupPhone: string | null; groupRepresentative: string | null } | null;
  };
}

/** Assisted mode (issue #15) on real PostgreSQL: centre staff act for an officer who is not online. */
describe('assisted mode: centre staff, consent, acting for a group, replies by phone, delegates, takeover', () => {
  let w: AssistedWorld;
  let group: string;
  let need: string;
  let offer: string;

  beforeAll(async () => {
    w = await createAssistedWorld();
  });
  afterAll(async () => {
    await w?.t.close();
  });

  it('only city staff put a person on a centre’s staff; the person must have an account', async () => {
    const byOfficer = await assignCentreStaff(w.as.officer, w.centre, 'centrestaff@example.jp');
    expect(errorCode(byOfficer)).toBe('FORBIDDEN');
    const unknown = await assignCentreStaff(w.as.staff, w.centre, 'nobody@example.jp');
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0].message).toContain('先に「つなぐ」に登録してもらってください');
    const notCentre = await assignCentreStaff(w.as.staff, w.group, 'centrestaff@example.jp');
    expect(errorCode(notCentre)).toBe('BAD_USER_INPUT');
    const ok = await assignCentreStaff(w.as.staff, w.centre, 'centrestaff@example.jp');
    expect(ok.data!.assignCentreStaff.map((s) => s.userId)).toEqual([w.ids.centreStaff]);
    await assignCentreStaff(w.as.staff, w.otherCentre, 'othercentrestaff@example.jp');
    const mine = await w.people.centreStaff.gql<{ myCentres: Array<{ id: string }> }>(`{ myCentres { id } }`);
    expect(mine.data!.myCentres.map((c) => c.id)).toEqual([w.centre]);
  });

  it('centre staff register a group whose officer has no email, with the consent on record; other centres may not', async () => {
    const elsewhere = await createAssistedGroup(w.people.otherCentreStaff, w.centre);
    expect(errorCode(elsewhere)).toBe('FORBIDDEN');
    const future = await createAssistedGroup(w.people.centreStaff, w.centre, {
      consent: { method: 'PHONE', consentedOn: inDays(3) },
    });
    expect(errorCode(future)).toBe('BAD_USER_INPUT');
    const r = await createAssistedGroup(w.people.centreStaff, w.centre);
    expect(r.errors).toBeUndefined();
    group = r.data!.createAssistedGroup.id;
    expect(r.data!.createAssistedGroup).toMatchObject({
      status: 'VERIFIED',
      assisted: true,
      centreId: w.centre,
      representativeName: OFFICER.name,
      contactPhone: OFFICER.phone,
      postalAddress: OFFICER.address,
      viewerActsAs: { kind: 'CENTRE', name: CENTRE_NAME },
    });
    const [consent] = await w.db.query(
      `SELECT method, taken_by, text_version FROM assisted_consent WHERE group_id = $1`,
      [group],
    );
    expect(consent).toMatchObject({ method: 'PAPER_FORM', taken_by: w.ids.centreStaff });
    const desk = await w.people.centreStaff.gql<{
      centreDesk: { groups: Array<{ group: { id: string }; consent: { takenByName: string } }> };
    }>(`query($c: ID!) { centreDesk(centreId: $c) { groups { group { id } consent { takenByName method } } } }`, {
      c: w.centre,
    });
    expect(desk.data!.centreDesk.groups).toEqual([
      expect.objectContaining({
        group: { id: group },
        consent: expect.objectContaining({ takenByName: 'centreStaffさん' }),
      }),
    ]);
    const otherDesk = await w.people.otherCentreStaff.gql(
      `query($c: ID!) { centreDesk(centreId: $c) { centre { id } } }`,
      {
        c: w.centre,
      },
    );
    expect(errorCode(otherDesk)).toBe('FORBIDDEN');
  });

  it('the officer’s phone and address follow the privacy rule: the centre sees them, another centre does not', async () => {
    const q = `query($id: ID!) { communityGroup(id: $id) { ${GROUP_FIELDS} } }`;
    const other = await w.people.otherCentreStaff.gql<{ communityGroup: Record<string, unknown> }>(q, { id: group });
    expect(other.data!.communityGroup).toMatchObject({ contactPhone: null, postalAddress: null, viewerActsAs: null });
    const npo = await w.as.npoMember.gql<{ communityGroup: Record<string, unknown> }>(q, { id: group });
    expect(npo.data!.communityGroup).toMatchObject({ contactPhone: null, postalAddress: null });
  });

  it('centre staff post a need for it: marked as entered by the centre, audit-logged with who and why', async () => {
    const r = await w.people.centreStaff.gql<{ postNeed: { id: string; enteredByProxy: unknown } }>(POST, {
      i: {
        groupId: group,
        publish: true,
        title: '公民館の草刈りを手伝ってほしい',
        description: '夏の前に、公民館のまわりの草刈りを手伝ってくれる方を探しています。',
        deadline: inDays(20),
      },
    });
    expect(r.errors).toBeUndefined();
    need = r.data!.postNeed.id;
    expect(r.data!.postNeed.enteredByProxy).toEqual({ kind: 'CENTRE', name: CENTRE_NAME });
    const seen = await w.as.npoMember.gql<{ need: { enteredByProxy: unknown } }>(
      `query($id: ID!) { need(id: $id) { enteredByProxy { kind name } } }`,
      { id: need },
    );
    expect(seen.data!.need.enteredByProxy).toEqual({ kind: 'CENTRE', name: CENTRE_NAME });
    const [audit] = await w.db.query(
      `SELECT actor_user_id, detail FROM audit_log WHERE action = 'proxy.need.published' AND target_id = $1`,
      [need],
    );
    expect(audit.actor_user_id).toBe(w.ids.centreStaff);
    expect(audit.detail).toMatchObject({ groupId: group, actingAs: 'CENTRE', why: expect.stringContaining('consent') });
    const byOther = await w.people.otherCentreStaff.gql(POST, { i: { groupId: group, title: '別のセンターから' } });
    expect(errorCode(byOther)).toBe('FORBIDDEN');
  });

  it('an NPO offers online and the centre is told; staff record the officer’s acceptance taken by phone', async () => {
    const made = await w.as.npoMember.gql<{ offerHelp: { id: string } }>(OFFER, {
      n: need,
      o: w.npo,
      m: '草刈り機を持って4人で伺えます。',
    });
    offer = made.data!.offerHelp.id;
    // The notice is written with the offer, in its transaction.
    expect((await noticesOf(w.people.centreStaff)).map((n) => n.link)).toContain(`/offers/${offer}`);
    // The thread tells the centre it acts for the group (the page shows the phone-reply form), not the NPO.
    const ACTS_AS = `query($id: ID!) { offer(id: $id) { viewerActsAs { kind name } } }`;
    const centreSees = await w.people.centreStaff.gql<{ offer: { viewerActsAs: unknown } }>(ACTS_AS, { id: offer });
    expect(centreSees.data!.offer.viewerActsAs).toEqual({ kind: 'CENTRE', name: CENTRE_NAME });
    const npoSees = await w.as.npoMember.gql<{ offer: { viewerActsAs: unknown } }>(ACTS_AS, { id: offer });
    expect(npoSees.data!.offer.viewerActsAs).toBeNull();

    const notTheirs = await w.people.otherCentreStaff.gql(PHONE_REPLY, {
      i: { offerId: offer, answer: 'ACCEPT', takenBy: '山田' },
    });
    expect(errorCode(notTheirs)).toBeDefined();
    expect((await w.db.query(`SELECT status FROM offer WHERE id = $1`, [offer]))[0].status).toBe('PENDING');

    const r = await w.people.centreStaff.gql<{ recordPhoneReply: { status: string } }>(PHONE_REPLY, {
      i: { offerId: offer, answer: 'ACCEPT', takenBy: '窓口 山田', message: '当日は9時に公民館でお待ちしています。' },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.recordPhoneReply).toMatchObject({
      status: 'ACCEPTED',
      answeredByProxy: { kind: 'PHONE', name: CENTRE_NAME },
    });
    const npoView = await w.as.npoMember.gql<OfferView>(OFFER_VIEW, { id: offer });
    expect(npoView.data!.offer.answeredByProxy).toEqual({ kind: 'PHONE', name: CENTRE_NAME });
    expect(npoView.data!.offer.messages).toContainEqual({
      body: '当日は9時に公民館でお待ちしています。',
      senderSide: 'GROUP',
      enteredByProxy: { kind: 'PHONE', name: CENTRE_NAME },
    });
    // Accepted: the NPO now reaches the officer by phone, as the privacy rule allows.
    expect(npoView.data!.offer.contacts).toEqual({ groupPhone: OFFICER.phone, groupRepresentative: OFFICER.name });
    const [audit] = await w.db.query(
      `SELECT actor_user_id, detail FROM audit_log WHERE action = 'proxy.offer.accepted' AND target_id = $1`,
      [offer],
    );
    expect(audit.actor_user_id).toBe(w.ids.centreStaff);
    expect(audit.detail).toMatchObject({ actingAs: 'PHONE', takenBy: '窓口 山田' });
  });

  it('a message-only reply needs the message; bad input changes nothing', async () => {
    const empty = await w.people.centreStaff.gql(PHONE_REPLY, {
      i: { offerId: offer, answer: 'MESSAGE', takenBy: '山田' },
    });
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    const noName = await w.people.centreStaff.gql(PHONE_REPLY, {
      i: { offerId: offer, answer: 'MESSAGE', takenBy: '', message: 'x' },
    });
    expect(errorCode(noName)).toBe('BAD_USER_INPUT');
  });

  it('an officer adds a family member as delegate, who acts marked as such; removed, they no longer can', async () => {
    const add = `mutation($i: AddGroupDelegateInput!) { addGroupDelegate(input: $i) { userId displayName relation } }`;
    const byNpo = await w.as.npoMember.gql(add, {
      i: { groupId: w.group, email: 'delegate@example.jp', relation: 'FAMILY' },
    });
    expect(errorCode(byNpo)).toBeDefined();
    const nobody = await w.as.officer.gql(add, {
      i: { groupId: w.group, email: 'none@example.jp', relation: 'FAMILY' },
    });
    expect(errorCode(nobody)).toBe('BAD_USER_INPUT');
    const r = await w.as.officer.gql<{ addGroupDelegate: Array<{ userId: string }> }>(add, {
      i: { groupId: w.group, email: 'delegate@example.jp', relation: 'FAMILY' },
    });
    expect(r.data!.addGroupDelegate.map((d) => d.userId)).toEqual([w.ids.delegate]);
    const posted = await w.people.delegate.gql<{ postNeed: { enteredByProxy: unknown } }>(POST, {
      i: {
        groupId: w.group,
        title: '代理で書いた下書き',
        description: '母に頼まれて、代わりに書いています。',
        fields: [3],
        deadline: inDays(10),
      },
    });
    expect(posted.errors).toBeUndefined();
    expect(posted.data!.postNeed.enteredByProxy).toEqual({ kind: 'DELEGATE', name: 'delegateさん' });
    // A delegate may not choose further delegates, nor record phone replies.
    const chain = await w.people.delegate.gql(add, {
      i: { groupId: w.group, email: 'takeoverofficer@example.jp', relation: 'OTHER' },
    });
    expect(errorCode(chain)).toBe('FORBIDDEN');
    await w.as.officer.gql(`mutation($g: ID!, $u: ID!) { removeGroupDelegate(groupId: $g, userId: $u) { userId } }`, {
      g: w.group,
      u: w.ids.delegate,
    });
    const after = await w.people.delegate.gql(POST, {
      i: {
        groupId: w.group,
        title: 'もう書けない',
        description: '代理をやめたあとに書こうとしています。',
        fields: [3],
        deadline: inDays(10),
      },
    });
    expect(errorCode(after)).toBe('FORBIDDEN');
  });

  it('the officer takes the group over with the number on paper; the history stays and the centre stops acting', async () => {
    const issue = await w.people.centreStaff.gql<{ issueTakeoverCode: { code: string } }>(
      `mutation($g: ID!) { issueTakeoverCode(groupId: $g) { code expiresAt } }`,
      { g: group },
    );
    const code = issue.data!.issueTakeoverCode.code;
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const take = `mutation($c: String!) { takeOverAssistedGroup(code: $c) { id assisted viewerActsAs { kind } } }`;
    const wrong = await w.people.takeoverOfficer.gql(take, { c: 'AAAA-BBBB' });
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    const r = await w.people.takeoverOfficer.gql<{ takeOverAssistedGroup: Record<string, unknown> }>(take, {
      c: code.toLowerCase().replace('-', ' '),
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.takeOverAssistedGroup).toEqual({ id: group, assisted: false, viewerActsAs: null });
    const again = await w.people.takeoverOfficer.gql(take, { c: code });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    const mine = await w.people.takeoverOfficer.gql<{ myNeeds: Array<{ id: string }> }>(`{ myNeeds { id } }`);
    expect(mine.data!.myNeeds.map((n) => n.id)).toContain(need);
    const centreNow = await w.people.centreStaff.gql(
      `mutation($id: ID!, $i: NeedDraftFields!) { updateNeed(id: $id, input: $i) { id } }`,
      { id: need, i: { description: '変更' } },
    );
    expect(errorCode(centreNow)).toBe('FORBIDDEN');
  });
});
