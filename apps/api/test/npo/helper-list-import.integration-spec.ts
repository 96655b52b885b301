import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { DataSource } from 'typeorm';
import { AccountService } from '@tsunagu/accounts/api';
import { HelperListImportService } from '@tsunagu/npo/api';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import { type TestApp, startTestApp } from '../test-services';
import { SessionClient } from '../accounts/session-client';
import { gql } from './graphql-client';

const HEADER = '種別,名称,よみがな,区,できること,分野,法人番号,備考';
const GOOD = [
  '企業,株式会社とばたウェブ工房,とばたうぇぶこうぼう,戸畑区,自治会のホームページづくりとSNSでのお知らせを手伝います,情報化・まちづくり,,2023年度 自治会応援事業者表彰',
  '大学,北九州市立大学 地域創生学群 広報デザインゼミ,,小倉南区,学生が町内会と一緒にホームページをつくります,14・2・3,,',
];
const SEARCH = `query($input: SearchHelpersInput!) { searchHelpers(input: $input) { total hits { npo { name kind status } } } }`;
const SEARCH_NPOS = `query($input: SearchNposInput!) { searchNpos(input: $input) { total } }`;

/** A list of companies and university groups goes in all or nothing, and is found by searchHelpers only. */
describe('helper list import', () => {
  let t: TestApp;
  let dir: string;
  const file = async (name: string, lines: string[], encoding: 'utf8' | 'cp932' = 'utf8') => {
    const path = join(dir, name);
    const text = `${lines.join('\r\n')}\r\n`;
    await writeFile(path, encoding === 'cp932' ? iconv.encode(text, 'cp932') : Buffer.from(text, 'utf8'));
    return path;
  };
  const importList = async (path: string) =>
    t.app
      .get(HelperListImportService)
      .importFile({ filePath: path, fileName: 'list.csv', source: 'CLI', startedBy: 'test' });
  const helperCount = async () =>
    Number((await t.app.get(DataSource).query(`SELECT count(*) AS n FROM npo WHERE kind <> 'NPO'`))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    dir = await mkdtemp(join(tmpdir(), 'helper-list-'));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a list with bad rows, writing nothing and naming each row', async () => {
    const summary = await importList(
      await file('bad.csv', [
        HEADER,
        ...GOOD,
        '企業,博多の会社,,博多区,草刈り,,,',
        'NPO,あるNPO,,戸畑区,見守り,,,',
        '企業,,,戸畑区,草刈り,,,',
        '企業,番号違い株式会社,,戸畑区,草刈り,,1234567890123,',
      ]),
    );
    expect(summary.status).toBe('REFUSED');
    expect(summary.rejected).toBe(4);
    expect(await helperCount()).toBe(0);
    const run = await t.app
      .get(DataSource)
      .query(`SELECT rejections FROM npo_import_run WHERE id = $1`, [summary.importRunId]);
    expect(run[0].rejections.map((r: { rowNumber: number }) => r.rowNumber)).toEqual([4, 5, 6, 7]);
  });

  it('imports UTF-8 and CP932 the same, and a second import changes nothing', async () => {
    const first = await importList(await file('utf8.csv', [HEADER, ...GOOD]));
    expect(first).toMatchObject({ status: 'SUCCEEDED', inserted: 2, updated: 0, unchanged: 0 });
    const again = await importList(await file('cp932.csv', [HEADER, ...GOOD], 'cp932'));
    expect(again).toMatchObject({ status: 'SUCCEEDED', inserted: 0, updated: 0, unchanged: 2 });
    expect(await helperCount()).toBe(2);
  });

  it('updates a changed row, and the helpers are found by searchHelpers, not by searchNpos', async () => {
    const changed = GOOD[0]?.replace('SNSでのお知らせ', 'LINEでのお知らせ') ?? '';
    const summary = await importList(await file('changed.csv', [HEADER, changed, GOOD[1] ?? '']));
    expect(summary).toMatchObject({ status: 'SUCCEEDED', inserted: 0, updated: 1, unchanged: 1 });
    await t.app.get(SearchOutboxWorker).drain();
    const r = await gql<{ searchHelpers: { hits: Array<{ npo: { name: string; kind: string } }> } }>(
      t.baseUrl,
      SEARCH,
      {
        input: { query: 'ホームページ', kinds: ['COMPANY'] },
      },
    );
    expect(r.data?.searchHelpers.hits.map((h) => h.npo.name)).toEqual(['株式会社とばたウェブ工房']);
    const npos = await gql<{ searchNpos: { total: number } }>(t.baseUrl, SEARCH_NPOS, {
      input: { query: 'ホームページ' },
    });
    expect(npos.data?.searchNpos.total).toBe(0);
  });

  it('takes uploads from staff only, and lists list imports apart from the open data', async () => {
    const accounts = t.app.get(AccountService);
    await accounts.create({
      email: 'list-staff@example.jp',
      password: 'list-staff-1',
      displayName: '職員',
      role: 'STAFF',
    });
    await accounts.create({ email: 'list-member@example.jp', password: 'list-member-1', displayName: '会員' });
    const staff = await new SessionClient(t.baseUrl).signIn('list-staff@example.jp', 'list-staff-1');
    const member = await new SessionClient(t.baseUrl).signIn('list-member@example.jp', 'list-member-1');
    const path = await file('upload.csv', [HEADER, ...GOOD]);
    const upload = async (as: SessionClient | null) => {
      const form = new FormData();
      form.append('file', new Blob([await readFile(path)]), 'list.csv');
      return fetch(`${t.baseUrl}/api/imports/helpers`, {
        method: 'POST',
        body: form,
        headers: as ? { cookie: as.cookie } : {},
      });
    };
    expect((await upload(null)).status).toBe(401);
    expect((await upload(member)).status).toBe(403);
    const res = await upload(staff);
    expect(res.status).toBe(202);
    const { importRunId } = (await res.json()) as { importRunId: string };
    let status = 'RUNNING';
    for (const until = Date.now() + 30_000; status === 'RUNNING' && Date.now() < until;) {
      await new Promise((r) => setTimeout(r, 100));
      const run = await staff.gql<{ npoImportRun: { status: string } }>(
        `query($id: ID!) { npoImportRun(id: $id) { status } }`,
        {
          id: importRunId,
        },
      );
      status = run.data?.npoImportRun.status ?? 'RUNNING';
    }
    expect(status).toBe('SUCCEEDED');
    const lists = await staff.gql<{ npoImportRuns: Array<{ id: string; dataset: string }> }>(
      `{ npoImportRuns(limit: 50, dataset: HELPER_LIST) { id dataset } }`,
    );
    expect(lists.data?.npoImportRuns.map((r) => r.id)).toContain(importRunId);
    const openData = await staff.gql<{ npoImportRuns: Array<{ id: string }> }>(`{ npoImportRuns(limit: 50) { id } }`);
    expect(openData.data?.npoImportRuns).toEqual([]);
    const forbidden = await member.gql(`{ npoImportRuns(limit: 5, dataset: HELPER_LIST) { id } }`);
    expect(forbidden.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
