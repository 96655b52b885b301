import { AccountService } from '@tsunagu/accounts/api';
import { mailsTo } from '../accounts/mailbox';
import { SessionClient, errorCode } from '../accounts/session-client';
import { type NeedsWorld, OFFER, PASSWORD, createNeedsWorld, inDays, postNeed } from '../needs/needs-world';

interface Step {
  step: string;
  label: string;
  count: number;
  medianDays: number | null;
}
interface Row {
  ward: string | null;
  steps: Step[];
}
interface Funnel {
  city: Row;
  wards: Row[];
}

const FUNNEL = `{ npoOutreachFunnel { city { ward steps { step label count medianDays } }
  wards { ward steps { step label count medianDays } } } }`;
const STEPS = ['REQUESTED', 'LETTER_PRINTED', 'CODE_USED', 'CLAIMED', 'OFFERED', 'MATCHED'];

/** Step → count, for the city or one ward. */
const counts = (row: Row | undefined) => Object.fromEntries((row?.steps ?? []).map((s) => [s.step, s.count]));

/** The funnel follows one NPO the city was asked to reach: request → letter → code → claim → offer → match. */
describe('the outreach funnel', () => {
  let w: NeedsWorld;
  let npo: { id: string; ward: string };
  let needId: string;
  const EMAIL = 'office@funnel-npo.example.jp';

  beforeAll(async () => {
    w = await createNeedsWorld();
    [npo] = await w.db.query(
      `SELECT id, ward FROM npo n WHERE status = 'ACTIVE' AND city = '北九州市' AND ward = '小倉南区'
          AND NOT EXISTS (SELECT 1 FROM npo_member m WHERE m.npo_id = n.id) ORDER BY name LIMIT 1`,
    );
    const need = await postNeed(w, {
      publish: true,
      title: '防犯パトロールの仲間をさがしています',
      description: '夕方の見守りパトロールを、月に2回いっしょに歩いてくれる方を探しています。',
      deadline: inDays(30),
    });
    needId = need.data!.postNeed.id;
  });
  afterAll(async () => {
    await w?.t.close();
  });

  async function funnel(who = w.as.staff): Promise<Funnel> {
    const r = await who.gql<{ npoOutreachFunnel: Funnel }>(FUNNEL);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.npoOutreachFunnel;
  }
  const ward = (f: Funnel) => f.wards.find((row) => row.ward === npo.ward);
  const zero = Object.fromEntries(STEPS.map((s) => [s, 0]));
  const upTo = (last: string) => Object.fromEntries(STEPS.map((s, i) => [s, i <= STEPS.indexOf(last) ? 1 : 0]));

  it('counts each step as the NPO reaches it, for the city and its ward, with the median days from the request', async () => {
    const before = await funnel();
    expect(before.city.ward).toBeNull();
    expect(before.city.steps.map((s) => s.step)).toEqual(STEPS);
    expect(before.wards.map((r) => r.ward)).toEqual([
      '門司区',
      '小倉北区',
      '小倉南区',
      '若松区',
      '八幡東区',
      '八幡西区',
      '戸畑区',
    ]);
    expect(counts(before.city)).toEqual(zero);
    expect(before.city.steps.map((s) => s.label)).toEqual([
      'お願いがあった',
      '手紙を印刷した',
      '番号が使われた',
      '登録した',
      '申し出た',
      '決まった',
    ]);

    // 1. A group asks for the NPO, which has no account.
    const asked = await w.as.officer.gql(
      `mutation($n: ID!, $o: ID!) { requestIntroduction(needId: $n, npoId: $o) { id } }`,
      { n: needId, o: npo.id },
    );
    expect(asked.errors).toBeUndefined();
    let now = await funnel();
    expect(counts(now.city)).toEqual(upTo('REQUESTED'));
    expect(counts(ward(now))).toEqual(upTo('REQUESTED'));
    expect(counts(now.wards.find((r) => r.ward === '門司区'))).toEqual(zero);
    // Asking through its members (the NPO has some) is no outreach of the city's.
    await w.as.officer.gql(`mutation($n: ID!, $o: ID!) { requestIntroduction(needId: $n, npoId: $o) { id } }`, {
      n: needId,
      o: w.npo,
    });
    expect(counts((await funnel()).city)).toEqual(upTo('REQUESTED'));

    // 2. Staff print its letter (and mail it: they hold the NPO's address).
    await w.as.staff.gql(`mutation($o: ID!, $i: NpoContactInput!) { recordNpoContact(npoId: $o, input: $i) { id } }`, {
      o: npo.id,
      i: { email: EMAIL, source: 'FILING', notedOn: inDays(-10) },
    });
    const started = await w.as.staff.gql<{ generateInvitationLetters: { id: string } }>(
      `mutation($i: GenerateInvitationLettersInput!) { generateInvitationLetters(input: $i) { id } }`,
      { i: { selection: 'CHOSEN', npoIds: [npo.id], includeDataBookEntry: false, sendMail: true } },
    );
    const jobId = started.data!.generateInvitationLetters.id;
    for (let status = ''; status !== 'DONE';) {
      const r = await w.as.staff.gql<{ invitationLetterJob: { status: string } }>(
        `query($id: ID!) { invitationLetterJob(id: $id) { status } }`,
        { id: jobId },
      );
      status = r.data!.invitationLetterJob.status;
      expect(status).not.toBe('FAILED');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    now = await funnel();
    expect(counts(now.city)).toEqual(upTo('LETTER_PRINTED'));
    expect(now.city.steps.find((s) => s.step === 'LETTER_PRINTED')!.medianDays).toBeGreaterThanOrEqual(0);

    // 3–4. Someone at the NPO types the code: it is used, and the NPO has a member.
    const [mail] = await mailsTo(w.t, EMAIL);
    const code = /[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(mail.text)![0];
    await w.t.app.get(AccountService).create({
      email: 'member@funnel-npo.example.jp',
      password: PASSWORD,
      displayName: '新しい担当者',
      role: 'MEMBER',
    });
    const member = await new SessionClient(w.t.baseUrl).signIn('member@funnel-npo.example.jp', PASSWORD);
    const claimed = await member.gql(`mutation($c: String!) { claimNpoWithCode(code: $c) { npoId } }`, { c: code });
    expect(claimed.errors).toBeUndefined();
    expect(counts((await funnel()).city)).toEqual(upTo('CLAIMED'));

    // 5. It offers on the need it was asked for.
    const offer = await member.gql<{ offerHelp: { id: string } }>(OFFER, {
      n: needId,
      o: npo.id,
      m: 'パトロール、ぜひごいっしょさせてください。',
    });
    expect(offer.errors).toBeUndefined();
    expect(counts((await funnel()).city)).toEqual(upTo('OFFERED'));

    // 6. The officer accepts: a match.
    const accepted = await w.as.officer.gql(
      `mutation($o: ID!) { respondToOffer(offerId: $o, accept: true) { status } }`,
      { o: offer.data!.offerHelp.id },
    );
    expect(accepted.errors).toBeUndefined();
    now = await funnel();
    expect(counts(now.city)).toEqual(upTo('MATCHED'));
    expect(counts(ward(now))).toEqual(upTo('MATCHED'));
    for (const step of now.city.steps) {
      // All on the same day as the request: a fraction of a day, never negative; none for the request itself.
      if (step.step === 'REQUESTED') expect(step.medianDays).toBeNull();
      else expect(step.medianDays).toBe(0);
    }
  });

  it('staff get it as a spreadsheet (UTF-8 with BOM, header row), in the caller’s language; nobody else gets it', async () => {
    const csv = async (who: SessionClient | null, language = 'ja') => {
      const res = await fetch(`${w.t.baseUrl}/api/staff/outreach-funnel.csv`, {
        headers: { 'accept-language': language, ...(who?.cookie ? { cookie: who.cookie } : {}) },
      });
      return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
    };
    const ja = await csv(w.as.staff);
    expect(ja.status).toBe(200);
    expect(ja.type).toContain('text/csv');
    expect([...ja.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = ja.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('区,段階,NPOの数,最初のお願いからの日数（中央値）');
    expect(lines).toHaveLength(1 + 8 * STEPS.length);
    expect(lines).toContain('市全体,決まった,1,0');
    expect(lines).toContain(`${npo.ward},決まった,1,0`);
    expect(lines).toContain('門司区,決まった,0,');

    const en = (await csv(w.as.staff, 'en')).bytes.toString('utf8').slice(1).split('\r\n');
    expect(en[0]).toBe('Ward,Step,NPOs,Median days from the first request');
    expect(en).toContain('Whole city,Matched,1,0');

    expect((await csv(w.as.officer)).status).toBe(403);
    expect((await csv(w.as.npoMember)).status).toBe(403);
    expect((await csv(null)).status).toBe(401);
    expect(errorCode(await w.as.officer.gql(FUNNEL))).toBe('FORBIDDEN');
    expect(errorCode(await w.as.npoMember.gql(FUNNEL))).toBe('FORBIDDEN');
    expect(errorCode(await w.as.anonymous.gql(FUNNEL))).toBe('UNAUTHENTICATED');
  });
});
