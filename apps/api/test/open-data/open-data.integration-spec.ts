import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { HELPER_COLUMNS_FOR_TEST, NEEDS_COLUMNS_FOR_TEST } from './open-data-columns';
import { type TestApp, startTestApp } from '../test-services';

const PRIVATE_PHONE = '093-111-0001';
const CONSENTED_CONTACT = '平日10時〜17時 093-222-0002（担当：中村）';
const GROUP_PHONE = '093-999-0003';
const GROUP_NAME_MARK = '町内会（試験用）';
const NEED_TITLE = '夏祭りのテント設営を手伝ってほしい';

interface Json {
  schemaVersion: string;
  licence: string;
  licenceUrl: string;
  attribution: string;
  generatedAt: string;
  fields: Array<{ name: string; type: string }>;
  rows: Array<Record<string, unknown>>;
}

/**
 * The open data files (CC BY 4.0) as an anonymous caller downloads them, on a small hand-made
 * city: three helpers a visitor may see and one waiting for review; groups in five wards, of
 * which only 八幡西区 has three groups on its own.
 */
describe('open data (helpers directory and needs statistics)', () => {
  let t: TestApp;
  let db: DataSource;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    const helper = async (key: string, values: unknown[]) => {
      const [row] = await db.query(
        `INSERT INTO npo (kind, name, name_kana, corporate_number, city, ward, address, postal_code, purpose, fields, status,
                          jurisdiction, source_hash)
         VALUES ($1, $2, $3, $4, '北九州市', $5, $6, $7, $8, $9, $10,
                 CASE WHEN $1 = 'NPO' THEN '北九州市' END, CASE WHEN $1 = 'NPO' THEN md5($2) END) RETURNING id`,
        values,
      );
      id[key] = row.id;
    };
    await helper('npo', [
      'NPO',
      'NPO法人くろさき子ども食堂',
      'クロサキコドモショクドウ',
      '1290005012345',
      '八幡西区',
      '北九州市八幡西区黒崎三丁目1番1号',
      '806-0021',
      '子どもの居場所づくり',
      '{13,1}',
      'ACTIVE',
    ]);
    await helper('company', [
      'COMPANY',
      '株式会社とばたウェブ',
      'トバタウェブ',
      null,
      '戸畑区',
      '北九州市戸畑区中本町1-1 2階',
      '804-0067',
      '自治会のホームページづくりを手伝います。',
      '{14}',
      'ACTIVE',
    ]);
    await helper('dissolved', [
      'NPO',
      'NPO法人もじ港の会',
      'モジミナトノカイ',
      '1290005099999',
      '門司区',
      '北九州市門司区港町1-1',
      '801-0852',
      '港のまちづくり',
      '{3}',
      'DISSOLVED',
    ]);
    await helper('pending', [
      'COMPANY',
      '審査待ちウェブ株式会社',
      'シンサマチウェブ',
      null,
      '戸畑区',
      '北九州市戸畑区1-1',
      null,
      'ホームページ制作をします。',
      '{14}',
      'PENDING_REVIEW',
    ]);
    await db.query(
      `INSERT INTO npo_profile (npo_id, help_kinds, areas, contact_for_groups, website, print_consent)
       VALUES ($1, '{VOLUNTEERS,EQUIPMENT}', '{八幡西区,八幡東区}', $2, 'https://kodomo.example.jp', false),
              ($3, '{ADVICE}', '{戸畑区}', $4, 'https://tobata-web.example.jp', true)`,
      [id.npo, PRIVATE_PHONE, id.company, CONSENTED_CONTACT],
    );

    const group = async (key: string, ward: string) => {
      const [row] = await db.query(
        `INSERT INTO community_group (name, kind, ward, representative_name, contact_phone, contact_email, status)
         VALUES ($1, 'JICHIKAI', $2, '山本 一郎', $3, 'jichikai@example.jp', 'VERIFIED') RETURNING id`,
        [`${key}${GROUP_NAME_MARK}`, ward, GROUP_PHONE],
      );
      id[key] = row.id;
    };
    for (const [key, ward] of [
      ['kurosaki', '八幡西区'],
      ['orio', '八幡西区'],
      ['kumanishi', '八幡西区'],
      ['moji', '門司区'],
      ['wakamatsu', '若松区'],
      ['tobata', '戸畑区'],
      ['kokura', '小倉北区'],
    ] as const) {
      await group(key, ward);
    }
    const need = async (
      groupKey: string,
      ward: string,
      fields: number[],
      status: string,
      publishedAt: string | null,
      extra: { hidden?: boolean; offer?: 'PENDING' | 'ACCEPTED' } = {},
    ) => {
      const [row] = await db.query(
        `INSERT INTO need (group_id, title, description, fields, ward, status, published_at, hidden_at)
         VALUES ($1, $2, '詳しい説明', $3, $4, $5, $6, $7) RETURNING id`,
        [id[groupKey], NEED_TITLE, fields, ward, status, publishedAt, extra.hidden ? publishedAt : null],
      );
      if (extra.offer) {
        await db.query(
          `INSERT INTO offer (need_id, npo_id, message, status, decided_at) VALUES ($1, $2, 'お手伝いできます', $3, $4)`,
          [row.id, id.npo, extra.offer, extra.offer === 'ACCEPTED' ? publishedAt : null],
        );
      }
    };
    // 八幡西区: three groups. October (Japan time): 3 needs in field 13, one also in field 3.
    await need('kurosaki', '八幡西区', [13], 'DONE', '2026-10-05T01:00:00Z', { offer: 'ACCEPTED' });
    await need('orio', '八幡西区', [13, 3], 'PUBLISHED', '2026-10-12T01:00:00Z', { offer: 'PENDING' });
    await need('kumanishi', '八幡西区', [13], 'MATCHED', '2026-10-31T15:30:00Z', { offer: 'ACCEPTED' }); // 1 Nov in Japan
    await need('kumanishi', '八幡西区', [13], 'PUBLISHED', '2026-10-20T01:00:00Z', { hidden: true });
    await need('kurosaki', '八幡西区', [13], 'DRAFT', null);
    // 門司区, 若松区, 戸畑区: one group each → merged (3 groups) into その他の区
    await need('moji', '門司区', [3], 'PUBLISHED', '2026-10-03T01:00:00Z');
    await need('wakamatsu', '若松区', [3], 'DONE', '2026-10-04T01:00:00Z', { offer: 'ACCEPTED' });
    await need('tobata', '戸畑区', [13], 'PUBLISHED', '2026-10-06T01:00:00Z', { offer: 'PENDING' });
    // 小倉北区: its only group's only need is hidden, so no figure of it exists at all
    await need('kokura', '小倉北区', [3], 'PUBLISHED', '2026-10-07T01:00:00Z', { hidden: true });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const get = (path: string) => fetch(`${t.baseUrl}/api/open-data/${path}`);
  const json = async (path: string): Promise<Json> => (await get(path)).json() as Promise<Json>;
  const csv = async (path: string) => {
    const bytes = Buffer.from(await (await get(path)).arrayBuffer());
    return { bytes, rows: parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as string[][] };
  };

  it('anyone downloads the four files without signing in, cached and with a file name', async () => {
    for (const [path, type, name] of [
      ['helpers.csv', 'text/csv', 'tsunagu-helpers.csv'],
      ['helpers.json', 'application/json', 'tsunagu-helpers.json'],
      ['needs-statistics.csv', 'text/csv', 'tsunagu-needs-statistics.csv'],
      ['needs-statistics.json', 'application/json', 'tsunagu-needs-statistics.json'],
    ]) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain(type);
      expect(res.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
      expect(res.headers.get('content-disposition')).toContain(`filename="${name}"`);
    }
  });

  it('the JSON carries the licence, the attribution and the documented columns', async () => {
    for (const [path, columns] of [
      ['helpers.json', HELPER_COLUMNS_FOR_TEST],
      ['needs-statistics.json', NEEDS_COLUMNS_FOR_TEST],
    ] as const) {
      const body = await json(path);
      expect(body).toMatchObject({
        schemaVersion: '1.0',
        licence: 'CC BY 4.0',
        licenceUrl: expect.stringContaining('creativecommons.org/licenses/by/4.0'),
        attribution: '北九州市・つなぐ',
      });
      expect(Number.isNaN(Date.parse(body.generatedAt))).toBe(false);
      expect(body.fields.map((f) => f.name)).toEqual(columns);
      for (const row of body.rows) expect(Object.keys(row)).toEqual(columns);
    }
  });

  it('each CSV starts with a BOM and its header is the documented schema', async () => {
    for (const [path, columns] of [
      ['helpers.csv', HELPER_COLUMNS_FOR_TEST],
      ['needs-statistics.csv', NEEDS_COLUMNS_FOR_TEST],
    ] as const) {
      const { bytes, rows } = await csv(path);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(rows[0]).toEqual(columns);
    }
  });

  it('the directory lists the helpers a visitor may see, and a helper waiting for review is absent', async () => {
    const { rows } = await json('helpers.json');
    expect(rows.map((r) => r['name']).sort()).toEqual(
      ['NPO法人くろさき子ども食堂', 'NPO法人もじ港の会', '株式会社とばたウェブ'].sort(),
    );
    const { rows: csvRows } = await csv('helpers.csv');
    expect(csvRows.flat().join('\n')).not.toContain('審査待ちウェブ');
    const npo = rows.find((r) => r['id'] === id.npo);
    expect(npo).toMatchObject({
      kind: 'NPO',
      kind_name: 'NPO法人',
      corporate_number: '1290005012345',
      address: '北九州市八幡西区黒崎三丁目1番1号',
      fields: [1, 13],
      areas: ['八幡西区', '八幡東区'],
      help_kinds: ['VOLUNTEERS', 'EQUIPMENT'],
      website: 'https://kodomo.example.jp',
      page_url: `${t.config.publicUrl}/npos/${id.npo}`,
    });
    expect(rows.find((r) => r['id'] === id.dissolved)).toMatchObject({ status: 'DISSOLVED' });
    // A company's address is what it told the city, not a public register's: only its ward.
    expect(rows.find((r) => r['id'] === id.company)).toMatchObject({
      ward: '戸畑区',
      address: null,
      postal_code: null,
    });
  });

  it('a contact is published only where the helper agreed to it; group officers’ phones never', async () => {
    const { rows } = await json('helpers.json');
    expect(rows.find((r) => r['id'] === id.npo)?.['contact']).toBeNull();
    expect(rows.find((r) => r['id'] === id.company)?.['contact']).toBe(CONSENTED_CONTACT);
    for (const path of ['helpers.csv', 'helpers.json', 'needs-statistics.csv', 'needs-statistics.json']) {
      const text = await (await get(path)).text();
      expect(text).not.toContain(PRIVATE_PHONE);
      expect(text).not.toContain(GROUP_PHONE);
      expect(text).not.toContain(GROUP_NAME_MARK);
      expect(text).not.toContain(NEED_TITLE);
    }
  });

  it('the needs statistics equal the hand count, and wards of 1–2 groups never appear on their own', async () => {
    const { rows } = await json('needs-statistics.json');
    const row = (month: string, ward: string, field: number | null) =>
      rows.find((r) => r['month'] === month && r['ward'] === ward && r['field'] === field);
    const counts = (r: Record<string, unknown> | undefined) =>
      r && [r['needs_published'], r['needs_with_offer'], r['needs_matched'], r['needs_done']];
    expect(counts(row('2026-10', '八幡西区', 13))).toEqual([2, 2, 1, 1]);
    expect(counts(row('2026-10', '八幡西区', 3))).toEqual([1, 1, 0, 0]);
    expect(counts(row('2026-11', '八幡西区', 13))).toEqual([1, 1, 1, 0]);
    expect(counts(row('2026-10', 'その他の区', 3))).toEqual([2, 1, 1, 1]);
    expect(counts(row('2026-10', 'その他の区', 13))).toEqual([1, 1, 0, 0]);
    expect(rows).toHaveLength(5);
    const wards = new Set(rows.map((r) => r['ward']));
    for (const small of ['門司区', '若松区', '戸畑区', '小倉北区']) expect(wards.has(small)).toBe(false);

    const { rows: csvRows } = await csv('needs-statistics.csv');
    expect(csvRows.slice(1)).toContainEqual(['2026-10', '八幡西区', '13', expect.any(String), '2', '2', '1', '1']);
    expect(csvRows.slice(1).map((r) => r[1])).toContain('その他の区');
  });

  it('every example query of docs/public-api.md answers an anonymous caller without errors', async () => {
    const page = await readFile(join(__dirname, '../../../../docs/public-api.md'), 'utf8');
    const queries = [...page.matchAll(/```graphql\n([^]*?)```/g)].map((m) => m[1]);
    expect(queries.length).toBeGreaterThanOrEqual(4);
    for (const query of queries) {
      const res = await fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
      expect({ query, errors: body.errors }).toEqual({ query, errors: undefined });
      expect(body.data).toBeTruthy();
    }
  });

  it('docs/open-data.md documents every column of both files, in the files’ order', async () => {
    const page = await readFile(join(__dirname, '../../../../docs/open-data.md'), 'utf8');
    const [helpers, needs] = page
      .split('## needs-statistics')
      .map((part) => [...part.matchAll(/^\| \d+ +\| `([a-z_]+)` +\|/gm)].map((m) => m[1]));
    expect(helpers).toEqual(HELPER_COLUMNS_FOR_TEST);
    expect(needs).toEqual(NEEDS_COLUMNS_FOR_TEST);
  });
});
