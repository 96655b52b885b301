import iconv from 'iconv-lite';
import { readFile } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { AccountService } from '@tsunagu/accounts/api';
import { HelperListImportService } from '@tsunagu/npo/api';
import { withCorporateNumberCheckDigit } from '@tsunagu/npo/open-data';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import { toCsv } from '@tsunagu/shared/api-core';
import { SessionClient } from '../accounts/session-client';
import { type TestApp, startTestApp } from '../test-services';
import { OpenDataFixture } from './open-data-fixture';

const RUN = `query($id: ID!) { npoImportRun(id: $id) {
  status dataset source fileName processedRows inserted updated unchanged rejected message rejections { rowNumber reason name }
} }`;

interface Run {
  status: string;
  dataset: string;
  source: string;
  fileName: string;
  processedRows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  message: string | null;
  rejections: Array<{ rowNumber: number; reason: string; name: string | null }>;
}

const TOBATA = withCorporateNumberCheckDigit('290001012345');
const HEADER = '種別,名称,よみがな,区,住所,できること,分野,法人番号,ウェブサイト,備考,担当者';
const LIST = [
  HEADER,
  `企業,株式会社とばたウェブ工房,とばたうぇぶこうぼう,戸畑区,,自治会・町内会のホームページづくり、LINE公式アカウントの使い方を教えます,情報化・まちづくり,${TOBATA},https://tobata-web.example.jp,2023年度 自治会応援事業者表彰,山田`,
  '大学,九州共立大学 地域創造学科 まちづくりサークル,,,北九州市八幡西区自由ケ丘1-8,夏祭り・清掃・子どもの行事の手伝い,"3,13",,,,',
  'COMPANY,スーパーまるもり 八幡店,,八幡東,,移動販売・買い物の送迎,1・3,,,,',
];
const csv = (lines: string[]) => `${lines.join('\r\n')}\r\n`;
const utf8WithBom = (lines: string[]) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(lines))]);

/** Staff import a list of companies and university groups: all or nothing, found again on re-import. */
describe('helper list import', () => {
  let t: TestApp;
  let db: DataSource;
  let fixture: OpenDataFixture;
  let staff: SessionClient;
  let member: SessionClient;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    fixture = await OpenDataFixture.create();
    const accounts = t.app.get(AccountService);
    await accounts.create({
      email: 'list-staff@example.jp',
      password: 'list-staff-1',
      displayName: '職員',
      role: 'STAFF',
    });
    await accounts.create({ email: 'list-member@example.jp', password: 'list-member-1', displayName: '会員' });
    staff = await new SessionClient(t.baseUrl).signIn('list-staff@example.jp', 'list-staff-1');
    member = await new SessionClient(t.baseUrl).signIn('list-member@example.jp', 'list-member-1');
  });
  afterAll(async () => {
    await t?.close();
  });

  async function upload(content: Buffer, name: string, as: SessionClient | null = staff): Promise<Response> {
    const form = new FormData();
    form.append('file', new Blob([await readFile(await fixture.raw(name, content))]), name);
    return fetch(`${t.baseUrl}/api/imports/helpers`, {
      method: 'POST',
      body: form,
      headers: as ? { cookie: as.cookie } : {},
    });
  }

  async function finished(res: Response): Promise<Run> {
    expect(res.status).toBe(202);
    const { importRunId } = (await res.json()) as { importRunId: string };
    for (const until = Date.now() + 30_000; Date.now() < until;) {
      const run = (await staff.gql<{ npoImportRun: Run }>(RUN, { id: importRunId })).data?.npoImportRun;
      if (run && run.status !== 'RUNNING') return run;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the import did not finish');
  }

  const helpers = (): Promise<Array<{ name: string; kind: string; ward: string; purpose: string; status: string }>> =>
    db.query(`SELECT name, kind, ward, purpose, status FROM npo WHERE kind <> 'NPO' ORDER BY name`);

  it('imports a UTF-8 list: ACTIVE helpers from LIST_IMPORT, found by searchHelpers and not by searchNpos', async () => {
    const run = await finished(await upload(utf8WithBom(LIST), '協力企業一覧.csv'));
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      dataset: 'HELPER_LIST',
      source: 'UPLOAD',
      fileName: '協力企業一覧.csv',
      inserted: 3,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
    expect(run.message).toContain('担当者');
    expect(await helpers()).toEqual([
      expect.objectContaining({ name: 'スーパーまるもり 八幡店', kind: 'COMPANY', ward: '八幡東区', status: 'ACTIVE' }),
      expect.objectContaining({
        name: '九州共立大学 地域創造学科 まちづくりサークル',
        kind: 'UNIVERSITY',
        ward: '八幡西区',
      }),
      expect.objectContaining({ name: '株式会社とばたウェブ工房', kind: 'COMPANY', ward: '戸畑区' }),
    ]);
    const [record] = await db.query(
      `SELECT r.source, r.corporate_number, r.import_run_id IS NOT NULL AS has_run, n.name_kana, n.fields, p.introduction, p.website
         FROM helper_record r JOIN npo n ON n.id = r.npo_id LEFT JOIN npo_profile p ON p.npo_id = n.id
        WHERE n.name = '株式会社とばたウェブ工房'`,
    );
    expect(record).toEqual({
      source: 'LIST_IMPORT',
      corporate_number: TOBATA,
      has_run: true,
      name_kana: 'トバタウェブコウボウ',
      fields: [3, 14],
      introduction: '2023年度 自治会応援事業者表彰',
      website: 'https://tobata-web.example.jp',
    });

    await t.app.get(SearchOutboxWorker).drain();
    const search = async (op: string, input: Record<string, unknown>) =>
      (
        await staff.gql<Record<string, { hits: Array<{ npo: { name: string } }> }>>(
          `query($input: ${op === 'searchNpos' ? 'SearchNposInput' : 'SearchHelpersInput'}!) { ${op}(input: $input) { hits { npo { name } } } }`,
          { input },
        )
      ).data?.[op]?.hits.map((h) => h.npo.name) ?? [];
    expect(await search('searchHelpers', { query: 'ホームページ', kinds: ['COMPANY'] })).toEqual([
      '株式会社とばたウェブ工房',
    ]);
    expect(await search('searchNpos', { query: 'ホームページ' })).toEqual([]);

    const lists = await staff.gql<{ npoImportRuns: Array<{ fileName: string }> }>(
      `{ npoImportRuns(limit: 5, dataset: HELPER_LIST) { fileName } }`,
    );
    expect(lists.data?.npoImportRuns.map((r) => r.fileName)).toContain('協力企業一覧.csv');
    const openData = await staff.gql<{ npoImportRuns: Array<{ fileName: string }> }>(
      `{ npoImportRuns(limit: 5) { fileName } }`,
    );
    expect(openData.data?.npoImportRuns.map((r) => r.fileName)).not.toContain('協力企業一覧.csv');
  });

  it('imports the same list as CP932 to the same helpers: nothing changes', async () => {
    const before = await helpers();
    const summary = await t.app.get(HelperListImportService).importFile({
      filePath: await fixture.raw('sjis.csv', iconv.encode(csv(LIST), 'cp932')),
      fileName: 'sjis.csv',
      source: 'CLI',
      startedBy: 'cli',
    });
    expect(summary).toMatchObject({ status: 'SUCCEEDED', inserted: 0, updated: 0, unchanged: 3 });
    expect(await helpers()).toEqual(before);
  });

  it('updates a changed row, only the columns the list owns: the introduction the helper wrote stays', async () => {
    const [{ id }] = await db.query(`SELECT id FROM npo WHERE name = '株式会社とばたウェブ工房'`);
    await db.query(`UPDATE npo_profile SET introduction = '私たちが書いた紹介です' WHERE npo_id = $1`, [id]);
    const changed = [...LIST];
    changed[1] = changed[1].replace('LINE公式アカウントの使い方を教えます', 'SNSでのお知らせの出し方を教えます');
    const run = await finished(await upload(Buffer.from(csv(changed)), 'changed.csv'));
    expect(run).toMatchObject({ status: 'SUCCEEDED', inserted: 0, updated: 1, unchanged: 2 });
    const [after] = await db.query(
      `SELECT n.purpose, p.introduction FROM npo n JOIN npo_profile p ON p.npo_id = n.id WHERE n.id = $1`,
      [id],
    );
    expect(after).toEqual({
      purpose: '自治会・町内会のホームページづくり、SNSでのお知らせの出し方を教えます',
      introduction: '私たちが書いた紹介です',
    });
  });

  it('writes nothing when any row is rejected, and lists each rejection with its row', async () => {
    const before = await helpers();
    const bad = [
      HEADER,
      '企業,株式会社こくら防災サービス,,小倉北区,,防災訓練の指導,8・9,,,,',
      '企業,博多の会社,,博多区,,配達,,,,,',
      'NPO,NPO法人 どこかの会,,戸畑区,,見守り,,,,,',
      '大学,,,戸畑区,,清掃,,,,,',
      '企業,番号ちがい株式会社,,戸畑区,,清掃,,1234567890120,,,',
    ];
    const run = await finished(await upload(Buffer.from(csv(bad)), 'bad.csv'));
    expect(run.status).toBe('REFUSED');
    expect(run.rejected).toBe(4);
    expect(run.rejections.map((r) => [r.rowNumber, r.name])).toEqual([
      [3, '博多の会社'],
      [4, 'NPO法人 どこかの会'],
      [5, null],
      [6, '番号ちがい株式会社'],
    ]);
    expect(run.rejections[0].reason).toContain('7つの区');
    expect(run.rejections[1].reason).toContain('NPO corporations');
    expect(run.rejections[2].reason).toContain('名称がありません');
    expect(run.rejections[3].reason).toContain('法人番号');
    expect(run.message).toContain('どの行も取り込んでいません');
    expect(await helpers()).toEqual(before);
  });

  it('lets only staff import and read list runs: anonymous 401, a member 403 / FORBIDDEN, another site 403', async () => {
    expect((await upload(utf8WithBom(LIST), 'anon.csv', null)).status).toBe(401);
    expect((await upload(utf8WithBom(LIST), 'member.csv', member)).status).toBe(403);
    const form = new FormData();
    form.append('file', new Blob([utf8WithBom(LIST)]), 'cross-site.csv');
    const crossSite = await fetch(`${t.baseUrl}/api/imports/helpers`, {
      method: 'POST',
      body: form,
      headers: { cookie: staff.cookie, origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    const runs = await member.gql(`{ npoImportRuns(dataset: HELPER_LIST) { id } }`);
    expect(runs.errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM npo_import_run WHERE file_name IN ('anon.csv', 'member.csv', 'cross-site.csv')`,
    );
    expect(n).toBe(0);
  });

  it.each([
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), 'CSVファイルではありません'],
    ['huge', Buffer.alloc(6 * 1024 * 1024, 'a'), '5MB'],
    ['empty', Buffer.alloc(0), '空です'],
    [
      'columns',
      Buffer.from(`${HEADER},${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')}\r\n`),
      '列が多すぎます',
    ],
    ['html', Buffer.from('<html><body>種別,名称</body></html>'), 'CSVファイルではありません'],
  ])('refuses a hostile file (%s) with a clear message and writes nothing', async (name, content, message) => {
    const before = await helpers();
    const run = await finished(await upload(content, `${name}.csv`));
    expect(run.status).toBe('REFUSED');
    expect(run.message).toContain(message);
    expect(await helpers()).toEqual(before);
  });

  it('stores a formula-looking cell as plain text, and a spreadsheet export neutralises it', async () => {
    const formula = '=HYPERLINK("https://evil.example","ここをクリック")';
    const run = await finished(
      await upload(
        Buffer.from(
          csv([HEADER, `団体,"${formula.replace(/"/g, '""')}",,若松区,,"${formula.replace(/"/g, '""')}",,,,,`]),
        ),
        'formula.csv',
      ),
    );
    expect(run).toMatchObject({ status: 'SUCCEEDED', inserted: 1 });
    const [row] = await db.query(`SELECT name, purpose FROM npo WHERE kind = 'OTHER' AND ward = '若松区'`);
    expect(row).toEqual({ name: formula, purpose: formula });
    // Every spreadsheet the product writes goes through toCsv, which turns such a cell into text.
    const exported = toCsv([[row.name]], ['名称']).toString('utf8');
    expect(exported).toContain(`'=HYPERLINK`);
    expect(exported).not.toMatch(/^=|\n"?=/m);
  });
});
