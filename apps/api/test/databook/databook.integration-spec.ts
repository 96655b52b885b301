import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { AccountService } from '@tsunagu/accounts/api';
import { DataBookService } from '@tsunagu/databook/api';
import { SessionClient, errorCode } from '../accounts/session-client';
import { NpoImportService } from '@tsunagu/npo/api';
import { type TestApp, startTestApp } from '../test-services';

const FIXTURE = join(__dirname, '../../../../libs/matching/api/eval/kitakyushu-npos-sample.zip');
const ARTIFACTS = join(__dirname, '../../../../tmp/test-artifacts/databook');

type Page = string[][];

/** The text of each page as lines of cells (pdf.js, in a Node process of its own: it is an ES module). */
function pagesOf(pdf: string): Page[] {
  return JSON.parse(
    execFileSync(process.execPath, [join(__dirname, 'pdf-text.mjs'), pdf], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    }),
  ) as Page[];
}

/** Lines that are exactly this text (an entry's name stands on a line of its own). */
const countLines = (pages: readonly Page[], text: string) =>
  pages.reduce((n, page) => n + page.filter((cells) => cells.length === 1 && cells[0] === text).length, 0);

const pageText = (page: Page) => page.map((cells) => cells.join(' ')).join('\n');

/** name → page numbers, from index pages (cells come as name, page). */
function indexEntries(pages: readonly Page[]): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (const page of pages) {
    for (const cells of page) {
      for (let i = 0; i + 1 < cells.length; i++) {
        if (/^\d+$/.test(cells[i + 1]) && !/^\d+$/.test(cells[i]))
          found.set(cells[i], [...(found.get(cells[i]) ?? []), Number(cells[i + 1])]);
      }
    }
  }
  return found;
}

/** The first pages as pictures for a person to look at (needs poppler's pdftoppm; CI has it). */
function renderPreview(pdf: string): void {
  try {
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '5', pdf, join(ARTIFACTS, 'page')]);
  } catch {
    process.stderr.write('pdftoppm not found: no page previews (apt-get install poppler-utils)\n');
  }
}

/** The data book from real data: every NPO once, contents and indexes pointing to the right pages. */
describe('NPO data book (PDF)', () => {
  let t: TestApp;
  let db: DataSource;
  const dir = mkdtempSync(join(tmpdir(), 'databook-'));

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    await t.app
      .get(NpoImportService)
      .importFile({ filePath: FIXTURE, fileName: 'sample.zip', source: 'CLI', startedBy: 'test' });
  });
  afterAll(async () => {
    await t?.close();
  });

  const namesIn = async (where = 'TRUE', params: unknown[] = []): Promise<string[]> =>
    (await db.query(`SELECT name FROM npo WHERE status = 'ACTIVE' AND city = '北九州市' AND ${where}`, params)).map(
      (r: { name: string }) => r.name,
    );

  it('holds every active NPO of the city exactly once, with contents and indexes on the right pages', async () => {
    const pdf = join(dir, 'book.pdf');
    const result = await t.app.get(DataBookService).generate({ groupBy: 'field', editionYear: 2026 }, pdf);
    const names = await namesIn();
    expect(result.npos).toBe(names.length);
    const pages = pagesOf(pdf);
    expect(pages).toHaveLength(result.pages);
    expect(pageText(pages[0])).toContain('北九州市 NPOデータブック');
    expect(pageText(pages[0])).toContain('2026年版');

    // The contents: every line's page number is where that section or index starts.
    const toc = pages[2].flatMap((cells) =>
      cells.length === 2 && /^\d+$/.test(cells[1]) ? [{ label: cells[0], page: Number(cells[1]) }] : [],
    );
    expect(toc.length).toBeGreaterThan(3);
    for (const { label, page } of toc) {
      const title = label.replace(/（\d+団体）$/, '');
      expect(pageText(pages[page - 1])).toContain(label.endsWith('さくいん') ? label : `■ ${title}`);
    }
    const firstIndexPage = toc.find((l) => l.label === '活動分野別さくいん')!.page;
    const wardIndexPage = toc.find((l) => l.label === '区別さくいん')!.page;
    const kanaIndexPage = toc.find((l) => l.label === '50音さくいん')!.page;
    const entryPages = pages.slice(3, firstIndexPage - 1);

    // Each selected NPO is one entry (names can repeat across NPOs: count them).
    const expected = new Map<string, number>();
    for (const name of names) expected.set(name, (expected.get(name) ?? 0) + 1);
    for (const [name, count] of expected) {
      expect({ name, entries: countLines(entryPages, name) }).toEqual({ name, entries: count });
    }
    // Japanese round-trips, CP932-only characters included.
    expect(countLines(entryPages, '髙見の里①ネットワーク')).toBe(1);

    // Both indexes list every NPO, with the page where its entry is.
    for (const [from, to] of [
      [wardIndexPage, kanaIndexPage - 1],
      [kanaIndexPage, result.pages],
    ]) {
      const listed = indexEntries(pages.slice(from - 1, to));
      for (const [name, count] of expected) {
        expect({ name, listed: listed.get(name)?.length ?? 0 }).toEqual({ name, listed: count });
        for (const page of listed.get(name) ?? []) expect(countLines([pages[page - 1]], name)).toBeGreaterThan(0);
      }
    }
    renderPreview(pdf);
  });

  it('holds only what staff selected: one ward, certified only, grouped by ward', async () => {
    const pdf = join(dir, 'moji.pdf');
    const result = await t.app.get(DataBookService).generate(
      {
        groupBy: 'ward',
        wards: ['門司区'],
        editionYear: 2027,
        pageSize: 'A5',
        title: '門司区のNPO',
        issuer: '門司区役所 まちづくり推進課',
      },
      pdf,
    );
    const inMoji = await namesIn(`ward = '門司区'`);
    const elsewhere = (await namesIn(`ward IS DISTINCT FROM '門司区'`)).filter((n) => !inMoji.includes(n));
    expect(result.npos).toBe(inMoji.length);
    const pages = pagesOf(pdf);
    // The cover says what staff chose.
    expect(pageText(pages[0])).toContain('門司区のNPO');
    expect(pageText(pages[0])).toContain('2027年版');
    expect(pageText(pages[0])).toContain('発行：門司区役所 まちづくり推進課');
    for (const name of inMoji) expect(countLines(pages, name)).toBeGreaterThan(0);
    expect(elsewhere.length).toBeGreaterThan(100);
    for (const name of elsewhere) expect({ name, lines: countLines(pages, name) }).toEqual({ name, lines: 0 });
    // A5 pages (148 × 210 mm).
    expect(readFileSync(pdf, 'latin1')).toContain('/MediaBox [0 0 419.53 595.28]');

    const certified = await t.app
      .get(DataBookService)
      .generate({ groupBy: 'field', certifiedOnly: true, editionYear: 2026 }, join(dir, 'c.pdf'));
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM npo WHERE status = 'ACTIVE' AND city = '北九州市' AND certification_kind IS NOT NULL
          AND certification_revoked_on IS NULL AND (certification_end_on IS NULL OR certification_end_on >= current_date)`,
    );
    expect(certified.npos).toBe(count);
  });
  it('staff make it in the background from the API, follow it, and download it; nobody else may', async () => {
    await t.app
      .get(AccountService)
      .create({ email: 'staff@city.example.jp', password: 'databook-pass-1', displayName: '職員', role: 'STAFF' });
    await t.app
      .get(AccountService)
      .create({ email: 'member@example.jp', password: 'databook-pass-1', displayName: '会員' });
    const staff = await new SessionClient(t.baseUrl).signIn('staff@city.example.jp', 'databook-pass-1');
    const member = await new SessionClient(t.baseUrl).signIn('member@example.jp', 'databook-pass-1');
    const input = { editionYear: 2026, groupBy: 'WARD', wards: ['八幡西区', '若松区'] };

    const preview = await staff.gql<{ dataBookPreview: { npos: number; pages: number } }>(
      `query($i: GenerateDataBookInput!) { dataBookPreview(input: $i) { npos pages } }`,
      { i: input },
    );
    expect(preview.data!.dataBookPreview.npos).toBe((await namesIn(`ward IN ('八幡西区', '若松区')`)).length);
    expect(
      errorCode(
        await member.gql(`mutation($i: GenerateDataBookInput!) { generateDataBook(input: $i) { id } }`, { i: input }),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await new SessionClient(t.baseUrl).gql(`{ dataBookJobs { id } }`))).toBe('UNAUTHENTICATED');

    const started = await staff.gql<{ generateDataBook: { id: string; status: string; summary: string } }>(
      `mutation($i: GenerateDataBookInput!) { generateDataBook(input: $i) { id status summary } }`,
      { i: input },
    );
    const { id, summary } = started.data!.generateDataBook;
    expect(summary).toBe('2026年版／A4／区ごと／八幡西区・若松区');
    type Job = {
      dataBookJob: { status: string; progress: number; downloadUrl: string | null; npos: number; pages: number };
    };
    let job: Job['dataBookJob'] | undefined;
    const progress: number[] = [];
    for (let i = 0; i < 120 && job?.status !== 'DONE'; i++) {
      await new Promise((r) => setTimeout(r, 250));
      job = (
        await staff.gql<Job>(`query($id: ID!) { dataBookJob(id: $id) { status progress downloadUrl npos pages } }`, {
          id,
        })
      ).data!.dataBookJob;
      expect(job.status).not.toBe('FAILED');
      progress.push(job.progress);
    }
    // The bar only moves forward.
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(job).toMatchObject({
      status: 'DONE',
      progress: 1,
      npos: preview.data!.dataBookPreview.npos,
      pages: preview.data!.dataBookPreview.pages,
    });

    const download = await fetch(`${t.baseUrl}${job!.downloadUrl}`, { headers: { cookie: staff.cookie } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    // NPOs' contact details: the kept PDF is private to the product's user (0600), whatever the umask.
    expect(statSync(join(t.config.dataDir, 'databooks', `${id}.pdf`)).mode & 0o777).toBe(0o600);
    const file = join(dir, 'downloaded.pdf');
    writeFileSync(file, Buffer.from(await download.arrayBuffer()));
    expect(pagesOf(file)).toHaveLength(job!.pages);
    expect((await fetch(`${t.baseUrl}${job!.downloadUrl}`, { headers: { cookie: member.cookie } })).status).toBe(403);
    expect((await fetch(`${t.baseUrl}${job!.downloadUrl}`)).status).toBe(401);
    const listed = await staff.gql<{ dataBookJobs: Array<{ id: string }> }>(`{ dataBookJobs { id } }`);
    expect(listed.data!.dataBookJobs.map((j) => j.id)).toContain(id);
    // The same selection as CSV and Excel, for staff who edit by hand.
    const query = 'ward=%E5%85%AB%E5%B9%A1%E8%A5%BF%E5%8C%BA&ward=%E8%8B%A5%E6%9D%BE%E5%8C%BA';
    const csv = await fetch(`${t.baseUrl}/api/databook-selection.csv?${query}`, { headers: { cookie: staff.cookie } });
    const csvText = Buffer.from(await csv.arrayBuffer()).toString('utf8');
    expect(csvText.startsWith('\uFEFF団体名,よみがな,区')).toBe(true);
    const wanted = await namesIn(`ward IN ('八幡西区', '若松区')`);
    for (const name of wanted) expect(csvText).toContain(name);
    const xlsx = await fetch(`${t.baseUrl}/api/databook-selection.xlsx?${query}`, {
      headers: { cookie: staff.cookie },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(wanted.length + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('団体名');
    expect(
      (await fetch(`${t.baseUrl}/api/databook-selection.xlsx`, { headers: { cookie: member.cookie } })).status,
    ).toBe(403);

    const [logged] = await db.query(`SELECT action FROM audit_log WHERE target_id = $1`, [id]);
    expect(logged.action).toBe('databook.requested');
  });

  it("refuses an unknown or unfinished book in the caller's language (Japanese by default)", async () => {
    await t.app
      .get(AccountService)
      .create({ email: 'staff-en@city.example.jp', password: 'databook-pass-1', displayName: '職員', role: 'STAFF' });
    const staff = await new SessionClient(t.baseUrl).signIn('staff-en@city.example.jp', 'databook-pass-1');
    const unknown = '00000000-0000-4000-8000-000000000000';
    const download = (language?: string) =>
      fetch(`${t.baseUrl}/api/databooks/${unknown}.pdf`, {
        headers: { cookie: staff.cookie, ...(language ? { 'accept-language': language } : {}) },
      });
    const ja = await download();
    expect(ja.status).toBe(404);
    expect(await ja.json()).toEqual({ code: 'NOT_FOUND', message: 'そのデータブックはまだできていません。' });
    const en = await download('en');
    expect(en.status).toBe(404);
    expect(await en.json()).toEqual({ code: 'NOT_FOUND', message: 'That data book is not ready yet.' });

    const query = `query($id: ID!) { dataBookJob(id: $id) { id } }`;
    const inJapanese = await staff.gql(query, { id: unknown });
    expect(inJapanese.errors?.[0]).toMatchObject({
      message: 'そのデータブックは見つかりません。',
      extensions: { code: 'NOT_FOUND' },
    });
    const inEnglish = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en', cookie: staff.cookie },
      body: JSON.stringify({ query, variables: { id: unknown } }),
    });
    const body = (await inEnglish.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
    expect(body.errors?.[0]).toMatchObject({ message: 'Data book not found.', extensions: { code: 'NOT_FOUND' } });
  });
});
