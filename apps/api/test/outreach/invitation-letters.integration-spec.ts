import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { AccountService } from '@tsunagu/accounts/api';
import { InvitationLetterJobs } from '@tsunagu/outreach/api';
import { mailsTo } from '../accounts/mailbox';
import { SessionClient, errorCode } from '../accounts/session-client';
import { type NeedsWorld, PASSWORD, createNeedsWorld, inDays, postNeed } from '../needs/needs-world';

// qrcode's own PNG codec (a dependency of the app's QR drawing, no types), to read pdftoppm's page image.
const { PNG } = require('pngjs') as {
  PNG: { sync: { read(b: Buffer): { width: number; height: number; data: Buffer } } };
};

type Page = string[][];
const CODE = /[A-Z2-9]{4}-[A-Z2-9]{4}/g;
const JOB = `id status progress npoCount skipped letters mailed downloadUrl error selection`;
const GENERATE = `mutation($i: GenerateInvitationLettersInput!) { generateInvitationLetters(input: $i) { ${JOB} } }`;

interface Job {
  id: string;
  status: string;
  npoCount: number;
  skipped: number;
  letters: number;
  mailed: number;
  downloadUrl: string | null;
  error: string | null;
}
interface Npo {
  id: string;
  name: string;
  address: string;
  postal_code: string;
  representative: string;
  ward: string;
}

/** The text of each page as lines of cells (pdf.js in a Node process of its own: it is an ES module). */
function pagesOf(pdf: string): Page[] {
  const script = join(__dirname, '../databook/pdf-text.mjs');
  return JSON.parse(execFileSync(process.execPath, [script, pdf], { encoding: 'utf8' })) as Page[];
}
/** A page's text with no white space at all: names and addresses may wrap inside the window. */
const flat = (page: Page) =>
  page
    .map((cells) => cells.join(''))
    .join('')
    .replace(/\s+/g, '');
const bare = (text: string) => text.replace(/\s+/g, '');

/** The QR code on one page, as a phone would read it: pdftoppm at 150 dpi, then jsQR. */
function qrOnPage(pdf: string, page: number, dir: string): string | null {
  const prefix = join(dir, `page-${page}`);
  execFileSync('pdftoppm', ['-r', '150', '-png', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
  const png = PNG.sync.read(readFileSync(`${prefix}.png`));
  const pixels = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length);
  return jsQR(pixels, png.width, png.height)?.data ?? null;
}

/** Invitation letters for NPOs that have no account: chosen, drawn in the background, read back. */
describe('invitation letters (PDF job + mail)', () => {
  let w: NeedsWorld;
  let a: Npo;
  let b: Npo;
  let needId: string;
  const dir = mkdtempSync(join(tmpdir(), 'letters-'));
  const EMAIL = 'office@npo-a.example.jp';

  beforeAll(async () => {
    w = await createNeedsWorld();
    // Two NPOs of the city nobody looks after yet, with the register's address and representative.
    [a, b] = await w.db.query(
      `SELECT id, name, address, postal_code, representative, ward FROM npo n
        WHERE status = 'ACTIVE' AND city = '北九州市' AND representative IS NOT NULL AND address IS NOT NULL
          AND postal_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM npo_member m WHERE m.npo_id = n.id)
        ORDER BY name LIMIT 2`,
    );
    const need = await postNeed(w, {
      publish: true,
      title: '夏祭りのやぐらを一緒に組んでほしい',
      description: '8月の夏祭りで、やぐらを組む人手が足りません。力仕事を手伝ってくれる方を探しています。',
      deadline: inDays(30),
    });
    needId = need.data!.postNeed.id;
    for (const npo of [a, b]) {
      const asked = await w.as.officer.gql(
        `mutation($n: ID!, $o: ID!) { requestIntroduction(needId: $n, npoId: $o) { id status } }`,
        { n: needId, o: npo.id },
      );
      expect(asked.errors).toBeUndefined();
    }
    const recorded = await w.as.staff.gql(
      `mutation($o: ID!, $i: NpoContactInput!) { recordNpoContact(npoId: $o, input: $i) { id } }`,
      { o: a.id, i: { email: EMAIL, source: 'FILING', notedOn: inDays(-30) } },
    );
    expect(recorded.errors).toBeUndefined();
  });
  afterAll(async () => {
    await w?.t.close();
  });

  async function finished(id: string, who = w.as.staff): Promise<Job> {
    for (const until = Date.now() + 60_000; Date.now() < until;) {
      const r = await who.gql<{ invitationLetterJob: Job }>(
        `query($id: ID!) { invitationLetterJob(id: $id) { ${JOB} } }`,
        {
          id,
        },
      );
      const job = r.data?.invitationLetterJob;
      if (!job) throw new Error(JSON.stringify(r.errors));
      if (job.status === 'DONE' || job.status === 'FAILED') return job;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`letter run ${id} did not finish`);
  }

  const download = (url: string, who?: SessionClient) =>
    fetch(`${w.t.baseUrl}${url}`, { headers: who?.cookie ? { cookie: who.cookie } : {} });

  let codeOfA = '';

  it('prints one letter per chosen NPO for the window envelope, with its code and a QR code that opens the claim page', async () => {
    const started = await w.as.staff.gql<{ generateInvitationLetters: Job }>(GENERATE, {
      i: { selection: 'CHOSEN', npoIds: [a.id, b.id], includeDataBookEntry: true, sendMail: true },
    });
    expect(started.errors).toBeUndefined();
    expect(started.data!.generateInvitationLetters).toMatchObject({ npoCount: 2, skipped: 0, downloadUrl: null });
    const job = await finished(started.data!.generateInvitationLetters.id);
    expect(job).toMatchObject({ status: 'DONE', letters: 2, mailed: 1, error: null });
    expect(job.downloadUrl).toBe(`/api/invitation-letters/${job.id}.pdf`);

    const res = await download(job.downloadUrl!, w.as.staff);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/pdf');
    const pdf = join(dir, 'letters.pdf');
    writeFileSync(pdf, Buffer.from(await res.arrayBuffer()));
    // The file on the server holds live codes: its owner's alone.
    const [{ file_path }] = await w.db.query(`SELECT file_path FROM invitation_letter_job WHERE id = $1`, [job.id]);
    expect(statSync(join(w.t.config.dataDir, 'letters', file_path)).mode & 0o777).toBe(0o600);

    // Two letters of two pages each: the letter, then 掲載内容のご確認.
    const pages = pagesOf(pdf);
    expect(pages).toHaveLength(4);
    const codes: string[] = [];
    for (const [i, npo] of [a, b].entries()) {
      const letter = flat(pages[i * 2]);
      expect(letter).toContain(bare(npo.name));
      expect(letter).toContain(bare(npo.address));
      expect(letter).toContain(`〒${npo.postal_code}`);
      expect(letter).toContain(`代表者${bare(npo.representative)}様`);
      // Who asks and what for; how to answer.
      expect(letter).toContain('地域の団体が、あなたの団体の力を借りたいと考えています');
      expect(letter).toContain('黒崎三丁目自治会（八幡西区）');
      expect(letter).toContain('「夏祭りのやぐらを一緒に組んでほしい」');
      expect(letter).toContain(bare(`${w.t.config.publicUrl}/claim`));
      // The group's contacts are never in a letter.
      expect(letter).not.toContain('093-622-1234');
      const printed = letter.match(CODE) ?? [];
      expect(printed).toHaveLength(1);
      const [code] = printed as [string];
      codes.push(code);
      expect(qrOnPage(pdf, i * 2 + 1, dir)).toBe(`${w.t.config.publicUrl}/claim/${code}`);
      // The second page: the data-book entry to check.
      const entry = flat(pages[i * 2 + 1]);
      expect(entry).toContain('掲載内容のご確認');
      expect(entry).toContain(bare(npo.name));
      expect(entry).toContain(`代表者：${bare(npo.representative)}`);
    }
    expect(new Set(codes).size).toBe(2);
    codeOfA = codes[0];

    // One code per letter, kept as a hash only, tied to the run.
    const issued = await w.db.query(`SELECT npo_id, code_hash FROM npo_claim_code WHERE letter_job_id = $1`, [job.id]);
    expect(issued.map((r: { npo_id: string }) => r.npo_id).sort()).toEqual([a.id, b.id].sort());
    for (const row of issued) expect(codes.some((c) => row.code_hash.includes(c))).toBe(false);

    // The NPO whose email staff hold got the same invitation by mail: its code and the link.
    const mails = await mailsTo(w.t, EMAIL);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain(codes[0]);
    expect(mails[0].text).toContain(`${w.t.config.publicUrl}/claim/${codes[0]}`);
    expect(mails[0].text).toContain('黒崎三丁目自治会');
    expect(await mailsTo(w.t, 'kurosaki-jichikai@example.jp')).toEqual([]);

    // Both requests were passed on: by mail where there was an address, by letter otherwise.
    const requests = await w.db.query(
      `SELECT npo_id, status, forwarded_how FROM introduction_request WHERE need_id = $1 ORDER BY npo_id`,
      [needId],
    );
    expect(requests).toEqual(
      [
        { npo_id: a.id, status: 'FORWARDED', forwarded_how: 'MAIL' },
        { npo_id: b.id, status: 'FORWARDED', forwarded_how: 'LETTER' },
      ].sort((x, y) => x.npo_id.localeCompare(y.npo_id)),
    );
    // The download is audit-logged: the file holds live codes.
    const audit = await w.db.query(
      `SELECT action, actor_user_id FROM audit_log WHERE target_id = $1 AND action LIKE 'letters.%' ORDER BY id`,
      [job.id],
    );
    expect(audit).toEqual([
      { action: 'letters.requested', actor_user_id: w.userId.staff },
      { action: 'letters.downloaded', actor_user_id: w.userId.staff },
    ]);
  });

  it('the printed code makes the person who types it a member of that NPO, without staff approval', async () => {
    expect(codeOfA).toMatch(CODE);
    await w.t.app.get(AccountService).create({
      email: 'representative@npo-a.example.jp',
      password: PASSWORD,
      displayName: '代表者',
      role: 'MEMBER',
    });
    const person = await new SessionClient(w.t.baseUrl).signIn('representative@npo-a.example.jp', PASSWORD);
    const claimed = await person.gql<{ claimNpoWithCode: { npoId: string } }>(
      `mutation($c: String!) { claimNpoWithCode(code: $c) { npoId } }`,
      { c: codeOfA },
    );
    expect(claimed.errors).toBeUndefined();
    expect(claimed.data!.claimNpoWithCode.npoId).toBe(a.id);
    const members = await w.db.query(`SELECT user_id FROM npo_member WHERE npo_id = $1`, [a.id]);
    expect(members).toHaveLength(1);
  });

  it('staff choose by waiting requests or by ward; NPOs with members are left out; a choice without letters is refused', async () => {
    // A now has a member (the previous test); B is asked for once more, on another need.
    const another = await postNeed(w, {
      publish: true,
      title: '公民館の障子を張りかえたい',
      description: '古くなった障子を、いっしょに張りかえてくれる方を探しています。',
      fields: [3],
      deadline: inDays(20),
    });
    expect(another.errors).toBeUndefined();
    await w.as.officer.gql(`mutation($n: ID!, $o: ID!) { requestIntroduction(needId: $n, npoId: $o) { id } }`, {
      n: another.data!.postNeed.id,
      o: b.id,
    });
    const waiting = await w.as.staff.gql<{ generateInvitationLetters: Job }>(GENERATE, {
      i: { selection: 'WAITING_REQUESTS', includeDataBookEntry: false, sendMail: false },
    });
    expect(waiting.errors).toBeUndefined();
    expect(waiting.data!.generateInvitationLetters).toMatchObject({ npoCount: 1, selection: 'WAITING_REQUESTS' });
    const [{ npo_ids }] = await w.db.query(`SELECT npo_ids FROM invitation_letter_job WHERE id = $1`, [
      waiting.data!.generateInvitationLetters.id,
    ]);
    expect(npo_ids).toEqual([b.id]);
    expect(await finished(waiting.data!.generateInvitationLetters.id)).toMatchObject({ status: 'DONE', letters: 1 });

    const [{ count }] = await w.db.query(
      `SELECT count(*)::int AS count FROM npo n WHERE status = 'ACTIVE' AND city = '北九州市' AND ward = '門司区'
          AND coalesce(trim(address), '') <> '' AND NOT EXISTS (SELECT 1 FROM npo_member m WHERE m.npo_id = n.id)`,
    );
    const ward = await w.as.staff.gql<{ generateInvitationLetters: Job }>(GENERATE, {
      i: { selection: 'WARD', ward: '門司区', includeDataBookEntry: false, sendMail: false },
    });
    expect(ward.data!.generateInvitationLetters).toMatchObject({ npoCount: count, skipped: 1 });
    const done = await finished(ward.data!.generateInvitationLetters.id);
    expect(done).toMatchObject({ status: 'DONE', letters: count, mailed: 0 });

    const refusal = async (input: Record<string, unknown>) => {
      const r = await w.as.staff.gql(GENERATE, { i: { includeDataBookEntry: false, sendMail: false, ...input } });
      return { code: errorCode(r), field: r.errors?.[0]?.extensions?.['field'], message: r.errors?.[0]?.message };
    };
    expect(await refusal({ selection: 'WARD' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ward' });
    expect(await refusal({ selection: 'MARCHE_CANDIDATES' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'eventId',
    });
    expect(await refusal({ selection: 'CHOSEN', npoIds: [w.npo, a.id] })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'npoIds',
      message: '選んだNPOには、もう「つなぐ」を使っている人がいます。手紙はいりません。',
    });
    expect(await refusal({ selection: 'CHOSEN', npoIds: [] })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await refusal({ selection: 'CHOSEN', npoIds: ['00000000-0000-4000-8000-000000000000'] })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('for the marché, staff write to the suggested exhibitors that have no account yet', async () => {
    const day = (n: number) => inDays(n);
    const event = await w.as.staff.gql<{ createMarcheEvent: { id: string } }>(
      `mutation($i: CreateMarcheEventInput!) { createMarcheEvent(input: $i) { id } }`,
      {
        i: {
          name: 'Action! NPO マルシェ 2027',
          eventDate: day(100),
          venue: '北九州市役所 1階',
          applyFrom: day(-1),
          applyUntil: day(30),
          description: 'NPOと地域がつながる一日',
          boothTypes: [{ code: 'EXHIBIT', name: '展示ブース', capacity: 10 }],
          questions: [],
        },
      },
    );
    const eventId = event.data!.createMarcheEvent.id;
    const suggested = await w.as.staff.gql<{ marcheInvitationCandidates: Array<{ npoId: string; claimed: boolean }> }>(
      `query($e: ID!) { marcheInvitationCandidates(eventId: $e) { npoId claimed } }`,
      { e: eventId },
    );
    const candidates = suggested.data!.marcheInvitationCandidates;
    const unclaimed = candidates.filter((c) => !c.claimed);
    expect(unclaimed.length).toBeGreaterThan(0);
    const started = await w.as.staff.gql<{ generateInvitationLetters: Job }>(GENERATE, {
      i: { selection: 'MARCHE_CANDIDATES', eventId, includeDataBookEntry: false, sendMail: false },
    });
    expect(started.errors).toBeUndefined();
    expect(started.data!.generateInvitationLetters).toMatchObject({
      npoCount: unclaimed.length,
      skipped: 0,
      selection: 'MARCHE_CANDIDATES',
    });
    const [{ npo_ids }] = await w.db.query(`SELECT npo_ids FROM invitation_letter_job WHERE id = $1`, [
      started.data!.generateInvitationLetters.id,
    ]);
    expect(npo_ids).toEqual(unclaimed.map((c) => c.npoId));
    expect(await finished(started.data!.generateInvitationLetters.id)).toMatchObject({
      status: 'DONE',
      letters: unclaimed.length,
    });
    const unknown = await w.as.staff.gql(GENERATE, {
      i: {
        selection: 'MARCHE_CANDIDATES',
        eventId: '00000000-0000-4000-8000-000000000000',
        includeDataBookEntry: false,
        sendMail: false,
      },
    });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });

  it('only staff make, follow and download letters: others are refused, the PDF is not theirs to fetch', async () => {
    const [{ id }] = await w.db.query(`SELECT id FROM invitation_letter_job WHERE status = 'DONE' LIMIT 1`);
    const input = { selection: 'CHOSEN', npoIds: [b.id], includeDataBookEntry: false, sendMail: false };
    for (const who of ['officer', 'npoMember', 'pendingOfficer'] as const) {
      expect(errorCode(await w.as[who].gql(GENERATE, { i: input }))).toBe('FORBIDDEN');
      expect(errorCode(await w.as[who].gql(`query($id: ID!) { invitationLetterJob(id: $id) { id } }`, { id }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await w.as[who].gql(`{ invitationLetterJobs { id } }`))).toBe('FORBIDDEN');
      expect((await download(`/api/invitation-letters/${id}.pdf`, w.as[who])).status).toBe(403);
    }
    expect(errorCode(await w.as.anonymous.gql(GENERATE, { i: input }))).toBe('UNAUTHENTICATED');
    expect((await download(`/api/invitation-letters/${id}.pdf`)).status).toBe(401);
    // Staff: an unknown run is simply not there.
    expect(
      (await download(`/api/invitation-letters/00000000-0000-4000-8000-000000000000.pdf`, w.as.staff)).status,
    ).toBe(404);
    // Newest first on the staff page.
    const list = await w.as.staff.gql<{ invitationLetterJobs: Array<{ id: string; createdAt: string }> }>(
      `{ invitationLetterJobs { id createdAt } }`,
    );
    const times = list.data!.invitationLetterJobs.map((j) => Date.parse(j.createdAt));
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect([...times].sort((x, y) => y - x)).toEqual(times);
  });

  it('a run whose worker died is drawn once more; a second death fails it with a plain message, and no code of it lives', async () => {
    const jobs = w.t.app.get(InvitationLetterJobs);
    const [c] = await w.db.query(
      `SELECT id FROM npo n WHERE status = 'ACTIVE' AND city = '北九州市'
          AND NOT EXISTS (SELECT 1 FROM npo_member m WHERE m.npo_id = n.id)
          AND NOT EXISTS (SELECT 1 FROM npo_claim_code k WHERE k.npo_id = n.id) LIMIT 1`,
    );
    const died = async (attempt: number): Promise<string> => {
      const [row] = await w.db.query(
        `INSERT INTO invitation_letter_job (requested_by, status, selection, npo_ids, attempt, heartbeat_at, started_at)
         VALUES ($1, 'RUNNING', '{"selection":"CHOSEN"}', ARRAY[$2]::uuid[], $3, now() - interval '5 minutes', now())
         RETURNING id`,
        [w.userId.staff, c.id, attempt],
      );
      return row.id as string;
    };
    const once = await died(1);
    const twice = await died(2);
    expect(await jobs.recoverStale()).toBe(2);
    expect(await finished(once)).toMatchObject({ status: 'DONE', letters: 1 });
    const failed = await finished(twice);
    expect(failed).toMatchObject({ status: 'FAILED', downloadUrl: null });
    expect(failed.error).toBe('手紙を作っている途中で処理が止まりました。お手数ですが、もう一度作ってください。');
    const codes = await w.db.query(`SELECT letter_job_id FROM npo_claim_code WHERE npo_id = $1`, [c.id]);
    expect(codes).toEqual([{ letter_job_id: once }]);
  });
});
