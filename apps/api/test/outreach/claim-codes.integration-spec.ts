import { AccountService, MembershipRepository } from '@tsunagu/accounts/api';
import { ClaimCodeService } from '@tsunagu/outreach/api';
import { PersonalDataRegistry } from '@tsunagu/shared/api-core';
import { type GqlResult, SessionClient, errorCode } from '../accounts/session-client';
import { type NeedsWorld, PASSWORD, createNeedsWorld, inDays, postNeed } from '../needs/needs-world';

const PREVIEW = `query($c: String!) { claimCodePreview(code: $c) { npoId npoName npoWard waitingRequests } }`;
const CLAIM = `mutation($c: String!) { claimNpoWithCode(code: $c) { npoId npoName waitingRequests { id } } }`;
const NPO = `query($id: ID!) { npo(id: $id) { claimed viewerCanEdit } }`;

type Claimed = { claimNpoWithCode: { npoId: string; npoName: string; waitingRequests: unknown[] } };
type Preview = {
  claimCodePreview: { npoId: string; npoName: string; npoWard: string | null; waitingRequests: number };
};

const reasonOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.['reason'];
const messageOf = (r: GqlResult<unknown>) => r.errors?.[0]?.message ?? '';
/** Codes of the right form that no letter carries (the alphabet has no 0, 1, I, L, O). */
const wrongCode = (k: number) => `ZZZZ-ZZ${'23456789'[k % 8]}${'23456789'[Math.floor(k / 8) % 8]}`;

/**
 * The one-time codes of the city's invitation letters: the claim page's preview, the claim that
 * makes the holder a member at once, single use (also under parallel claims), expiry, another
 * NPO's code, the ways people type a code, and the limits on wrong codes.
 */
describe('claim codes of the invitation letters', () => {
  let w: NeedsWorld;
  /** NPOs of the city nobody looks after yet */
  let npoA: string;
  let npoB: string;
  let npoC: string;
  let newcomers = 0;

  beforeAll(async () => {
    w = await createNeedsWorld();
    const rows: Array<{ id: string }> = await w.db.query(
      `SELECT id FROM npo WHERE status = 'ACTIVE' AND ward IS NOT NULL AND id <> ALL($1::uuid[]) ORDER BY name LIMIT 3`,
      [[w.npo, w.otherNpo]],
    );
    [npoA, npoB, npoC] = rows.map((r) => r.id) as [string, string, string];
  });
  afterAll(async () => {
    await w?.t.close();
  });
  beforeEach(async () => {
    await w.db.query(`DELETE FROM auth_throttle WHERE kind LIKE 'claim-code:%'`);
  });

  /** The officer's published need, and her request for the NPO (which has no account). */
  const ask = async (npoId: string, title: string): Promise<string> => {
    const need = await postNeed(w, {
      publish: true,
      title,
      description: `${title}をお願いできる団体を探しています。`,
      deadline: inDays(20),
    });
    const asked = await w.as.officer.gql<{ requestIntroduction: { id: string } }>(
      `mutation($n: ID!, $o: ID!) { requestIntroduction(needId: $n, npoId: $o) { id } }`,
      { n: need.data!.postNeed.id, o: npoId },
    );
    return asked.data!.requestIntroduction.id;
  };

  const issue = (npoId: string, letterJobId: string | null = null) =>
    w.db.transaction((m) => w.t.app.get(ClaimCodeService).issue(npoId, letterJobId, w.userId.staff, m));

  /** Someone who just signed up after reading the letter. */
  const newcomer = async (): Promise<{ as: SessionClient; id: string }> => {
    const email = `newcomer${++newcomers}@example.jp`;
    const user = await w.t.app
      .get(AccountService)
      .create({ email, password: PASSWORD, displayName: `手紙の人${newcomers}`, role: 'MEMBER' });
    return { as: await new SessionClient(w.t.baseUrl).signIn(email, PASSWORD), id: user.id };
  };
  const auditActions = async (actorId: string): Promise<Array<{ action: string; reason: string | null }>> =>
    w.db.query(
      `SELECT action, detail->>'reason' AS reason FROM audit_log WHERE actor_user_id = $1 AND action LIKE 'npo-claim-code.%' ORDER BY id`,
      [actorId],
    );

  it('issues a printable code that expires after the configured days, kept only as a hash', async () => {
    const [job] = await w.db.query(
      `INSERT INTO invitation_letter_job (requested_by, selection, npo_ids) VALUES ($1, '{}', ARRAY[$2]::uuid[]) RETURNING id`,
      [w.userId.staff, npoC],
    );
    const issued = await issue(npoC, job.id);
    expect(issued.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const days = (issued.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(w.t.config.outreach.claimCodeDays - 0.01);
    expect(days).toBeLessThan(w.t.config.outreach.claimCodeDays + 0.01);
    const stored: Array<{ code_hash: string }> = await w.db.query(
      `SELECT code_hash FROM npo_claim_code WHERE npo_id = $1`,
      [npoC],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]?.code_hash).not.toContain(issued.code.replace('-', ''));
    const printed = await w.t.app.get(ClaimCodeService).lettersPrinted([npoC, npoB]);
    expect(printed.get(npoC)?.count).toBe(1);
    expect(printed.has(npoB)).toBe(false); // no letter yet
  });

  it('shows anyone whom a code is for and how many groups wait, and uses nothing up', async () => {
    await ask(npoA, '夏祭りの手伝い');
    const { code } = await issue(npoA);
    const [npo] = await w.db.query(`SELECT name, ward FROM npo WHERE id = $1`, [npoA]);
    for (let i = 0; i < 2; i++) {
      const r = await w.as.anonymous.gql<Preview>(PREVIEW, { c: code });
      expect(r.data?.claimCodePreview).toEqual({
        npoId: npoA,
        npoName: npo.name,
        npoWard: npo.ward,
        waitingRequests: 1,
      });
    }
    const [row] = await w.db.query(`SELECT used_at FROM npo_claim_code WHERE npo_id = $1`, [npoA]);
    expect(row.used_at).toBeNull();
    const wrong = await w.as.anonymous.gql(PREVIEW, { c: wrongCode(1) });
    expect(errorCode(wrong)).toBe('NOT_FOUND');
    expect(messageOf(wrong)).toBe('この番号は見つかりません。手紙の番号を、もう一度確かめてください。');
    expect(messageOf(wrong)).not.toContain(npo.name);
  });

  it('makes the holder a member at once and lands on the groups that wait; the NPO shows claimed; the code is then used up for everyone', async () => {
    const waiting = await ask(npoB, '防災訓練の講師');
    const { code } = await issue(npoB);
    const first = await newcomer();
    // An ordinary claim waiting for staff is closed: the letter was the proof.
    await first.as.gql(`mutation($n: ID!) { claimNpo(npoId: $n, message: "この団体の事務局です。") { id } }`, {
      n: npoB,
    });
    const before = await w.as.anonymous.gql<{ npo: { claimed: boolean } }>(NPO, { id: npoB });
    expect(before.data?.npo.claimed).toBe(false);

    const r = await first.as.gql<Claimed>(CLAIM, { c: code });
    expect(r.errors).toBeUndefined();
    expect(r.data?.claimNpoWithCode).toMatchObject({ npoId: npoB, waitingRequests: [{ id: waiting }] });
    const page = await first.as.gql<{ npo: { claimed: boolean; viewerCanEdit: boolean } }>(NPO, { id: npoB });
    expect(page.data?.npo).toEqual({ claimed: true, viewerCanEdit: true });
    const claims = await first.as.gql<{ myNpoClaims: Array<{ npoId: string; status: string }> }>(
      `{ myNpoClaims { npoId status } }`,
    );
    expect(claims.data?.myNpoClaims).toEqual([{ npoId: npoB, status: 'APPROVED' }]);

    const again = await first.as.gql(CLAIM, { c: code });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(reasonOf(again)).toBe('ALREADY_MEMBER');
    const second = await newcomer();
    for (const attempt of [await second.as.gql(CLAIM, { c: code }), await second.as.gql(PREVIEW, { c: code })]) {
      expect(errorCode(attempt)).toBe('CONFLICT');
      expect(reasonOf(attempt)).toBe('USED');
      expect(messageOf(attempt)).toContain('この番号はもう使われています。団体のメンバーに、招待してもらってください');
    }
    expect(await w.t.app.get(MembershipRepository).isNpoMember(npoB, second.id)).toBe(false);
    expect(await auditActions(first.id)).toEqual([
      { action: 'npo-claim-code.used', reason: null },
      { action: 'npo-claim-code.refused', reason: 'ALREADY_MEMBER' },
    ]);
    expect(await auditActions(second.id)).toEqual([{ action: 'npo-claim-code.refused', reason: 'USED' }]);
    const mine = await w.t.app.get(PersonalDataRegistry).collect(first.id);
    expect(mine['npoClaimCodesUsed']).toEqual([{ npo_id: npoB, used_at: expect.any(Date) }]);
  });

  it('lets exactly one of five parallel claims of one code win', async () => {
    const { code } = await issue(npoA);
    const people = await Promise.all(Array.from({ length: 5 }, newcomer));
    const results = await Promise.all(people.map((p) => p.as.gql<Claimed>(CLAIM, { c: code })));
    const winners = results.filter((r) => r.data?.claimNpoWithCode);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => reasonOf(r) === 'USED')).toHaveLength(4);
    const members = await w.t.app.get(MembershipRepository).npoMemberIds(npoA);
    expect(members).toHaveLength(1);
    expect(people.map((p) => p.id)).toContain(members[0]);
  });

  it('tells the NPO’s members when someone joins with a letter’s code', async () => {
    const { code } = await issue(w.npo);
    const joiner = await newcomer();
    expect((await joiner.as.gql(CLAIM, { c: code })).errors).toBeUndefined();
    const seen = await w.as.npoMember.gql<{ notifications: Array<{ title: string; body: string }> }>(
      `{ notifications { title body } }`,
    );
    const bodies = seen.data?.notifications.map((n) => n.body) ?? [];
    expect(bodies.some((b) => b.startsWith(`手紙の人${newcomers}さんが、市からの手紙の番号で`))).toBe(true);
  });

  it('refuses an expired code, with the next step and the city’s office', async () => {
    const { code } = await issue(npoC);
    await w.db.query(
      `UPDATE npo_claim_code SET expires_at = now() - interval '1 day' WHERE npo_id = $1 AND used_at IS NULL`,
      [npoC],
    );
    const person = await newcomer();
    for (const r of [await person.as.gql(PREVIEW, { c: code }), await person.as.gql(CLAIM, { c: code })]) {
      expect(errorCode(r)).toBe('CONFLICT');
      expect(reasonOf(r)).toBe('EXPIRED');
      expect(messageOf(r)).toBe(
        'この番号の期限が切れています。市の担当者に新しい手紙を頼んでください（北九州市 地域・人づくり部、電話 093-582-2111）。',
      );
    }
    expect(await w.t.app.get(MembershipRepository).isNpoMember(npoC, person.id)).toBe(false);
    expect(await auditActions(person.id)).toEqual([{ action: 'npo-claim-code.refused', reason: 'EXPIRED' }]);
  });

  it('makes the holder a member of the code’s NPO only, never of another', async () => {
    const [other] = await w.db.query(
      `SELECT id FROM npo WHERE status = 'ACTIVE' AND id <> ALL($1::uuid[]) ORDER BY name OFFSET 5 LIMIT 1`,
      [[w.npo, w.otherNpo, npoA, npoB, npoC]],
    );
    const codeForOther = await issue(other.id);
    const codeForC = await issue(npoC);
    const person = await newcomer();
    const r = await person.as.gql<Claimed>(CLAIM, { c: codeForOther.code });
    expect(r.data?.claimNpoWithCode.npoId).toBe(other.id);
    const members = w.t.app.get(MembershipRepository);
    expect(await members.isNpoMember(other.id, person.id)).toBe(true);
    expect(await members.isNpoMember(npoC, person.id)).toBe(false);
    const page = await person.as.gql<{ npo: { claimed: boolean; viewerCanEdit: boolean } }>(NPO, { id: npoC });
    expect(page.data?.npo).toEqual({ claimed: false, viewerCanEdit: false });
    // the other letter's code is still there for the NPO it was printed for
    const preview = await w.as.anonymous.gql<Preview>(PREVIEW, { c: codeForC.code });
    expect(preview.data?.claimCodePreview.npoId).toBe(npoC);
  });

  it('reads the code however it is typed: lower case, no hyphen, full-width, spaces', async () => {
    const { code } = await issue(npoC);
    const plain = code.replace('-', '');
    const fullWidth = [...code.toLowerCase()].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    for (const typed of [plain.toLowerCase(), ` ${code.slice(0, 4)} ${code.slice(5)} `, fullWidth]) {
      const r = await w.as.anonymous.gql<Preview>(PREVIEW, { c: typed });
      expect(r.data?.claimCodePreview.npoId).toBe(npoC);
    }
    const person = await newcomer();
    // Not a code at all: said plainly, and it costs no try.
    for (let i = 0; i < 7; i++) {
      const bad = await person.as.gql(CLAIM, { c: 'OOOO-1111' });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0]?.extensions?.['field']).toBe('code');
    }
    const r = await person.as.gql<Claimed>(CLAIM, { c: fullWidth });
    expect(r.data?.claimNpoWithCode.npoId).toBe(npoC);
  });

  it('limits wrong codes to 5 per person an hour; a right code from a fresh person still works', async () => {
    const { code } = await issue(npoC);
    const guesser = await newcomer();
    for (let k = 0; k < 5; k++) {
      const r = await guesser.as.gql(CLAIM, { c: wrongCode(k + 10) });
      expect(errorCode(r)).toBe('NOT_FOUND');
      expect(reasonOf(r)).toBe('WRONG');
    }
    for (const c of [wrongCode(20), code]) {
      const r = await guesser.as.gql(CLAIM, { c });
      expect(errorCode(r)).toBe('FORBIDDEN');
      expect(reasonOf(r)).toBe('RATE_LIMITED');
      expect(messageOf(r)).toMatch(/^番号のまちがいが続いたため、しばらく受け付けません。\d+分後に/);
    }
    const fresh = await newcomer();
    const r = await fresh.as.gql<Claimed>(CLAIM, { c: code });
    expect(r.data?.claimNpoWithCode.npoId).toBe(npoC);
    const refused = await auditActions(guesser.id);
    expect(refused.map((a) => a.reason)).toEqual([
      'WRONG',
      'WRONG',
      'WRONG',
      'WRONG',
      'WRONG',
      'RATE_LIMITED',
      'RATE_LIMITED',
    ]);
  });

  it('limits wrong codes to 20 per address an hour, previews and claims together', async () => {
    const { code } = await issue(npoC);
    for (let k = 0; k < 20; k++) {
      expect(errorCode(await w.as.anonymous.gql(PREVIEW, { c: wrongCode(k + 30) }))).toBe('NOT_FOUND');
    }
    const person = await newcomer();
    const r = await person.as.gql(CLAIM, { c: code });
    expect(reasonOf(r)).toBe('RATE_LIMITED');
    expect(reasonOf(await w.as.anonymous.gql(PREVIEW, { c: code }))).toBe('RATE_LIMITED');
  });

  it('needs a signed-in person to claim', async () => {
    const { code } = await issue(npoC);
    expect(errorCode(await w.as.anonymous.gql(CLAIM, { c: code }))).toBe('UNAUTHENTICATED');
  });
});
