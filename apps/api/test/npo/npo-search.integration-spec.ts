import { NpoImportService } from '@tsunagu/npo/api';
import { OPEN_DATA_COLUMN as C, type OpenDataRow, emptyOpenDataRow } from '@tsunagu/npo/open-data';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import { type TestApp, startTestApp } from '../test-services';
import { gql } from './graphql-client';
import { OpenDataFixture } from './open-data-fixture';

const SEARCH = `query($input: SearchNposInput!) {
  searchNpos(input: $input) {
    total page pageSize
    hits { npo { id name nameKana ward city fields status certified inCity } highlights { field snippet } }
    facets { wards { value count } fields { value count } }
  }
}`;

interface SearchResult {
  searchNpos: {
    total: number;
    hits: Array<{
      npo: {
        id: string;
        name: string;
        nameKana: string | null;
        ward: string | null;
        fields: number[];
        status: string;
        inCity: boolean;
        certified: boolean;
      };
      highlights: Array<{ field: string; snippet: string }>;
    }>;
    facets: { wards: Array<{ value: string; count: number }>; fields: Array<{ value: string; count: number }> };
  };
}

function npoRow(
  name: string,
  kana: string,
  ward: string,
  fields: number[],
  purpose: string,
  extra: Partial<Record<number, string>> = {},
): OpenDataRow {
  const row = emptyOpenDataRow();
  row[C.name] = name;
  row[C.nameKana] = kana;
  row[C.jurisdiction] = '北九州市';
  row[C.mainOfficeAddress] = `北九州市${ward}中央1-1-1`;
  row[C.establishedOn] = '2015/04/01';
  row[C.purpose] = purpose;
  for (const field of fields) row[C.firstActivityField + field - 1] = '○';
  for (const [column, value] of Object.entries(extra)) row[Number(column)] = value as string;
  return row;
}

/**
 * searchNpos against a real Meilisearch with the product's Japanese settings: words residents
 * type, synonyms, hiragana for katakana readings, filters, facets, defaults, highlights.
 */
describe('NPO search', () => {
  let t: TestApp;
  const search = (input: Record<string, unknown>) => gql<SearchResult>(t.baseUrl, SEARCH, { input });
  const names = (r: { data?: SearchResult }) => r.data?.searchNpos.hits.map((h) => h.npo.name) ?? [];

  beforeAll(async () => {
    t = await startTestApp();
    const fixture = await OpenDataFixture.create();
    const rows = [
      npoRow(
        '若松こども食堂の会',
        'ワカマツコドモショクドウノカイ',
        '若松区',
        [13, 1],
        'この法人は、子ども食堂を運営し、地域の子どもの居場所をつくることを目的とする。',
      ),
      npoRow(
        '八幡西シニア見守り隊',
        'ヤハタニシシニアミマモリタイ',
        '八幡西区',
        [1, 3],
        'この法人は、ひとり暮らしの高齢者の見守り活動を行うことを目的とする。',
      ),
      npoRow(
        '戸畑スマホ相談室',
        'トバタスマホソウダンシツ',
        '戸畑区',
        [14, 2],
        'この法人は、スマートフォンの使い方講座を開くことを目的とする。',
      ),
      npoRow(
        '門司障害者就労ネット',
        'モジショウガイシャシュウロウネット',
        '門司区',
        [1, 17],
        'この法人は、障害のある人の就労を支援することを目的とする。',
      ),
      npoRow(
        '小倉防災ネットワーク',
        'コクラボウサイネットワーク',
        '小倉北区',
        [8, 9],
        'この法人は、自治会の防災訓練に講師を派遣することを目的とする。',
        {
          [C.certifiedNpo]: '○',
          [C.certificationStart]: '2020/04/01',
          [C.certificationEnd]: '2099/03/31',
        },
      ),
      npoRow(
        '解散した子ども劇場',
        'カイサンシタコドモゲキジョウ',
        '小倉南区',
        [13, 6],
        'この法人は、子どもの演劇鑑賞を進めることを目的とする。',
        {
          [C.dissolution]: '2019年04月17日 社員総会の決議',
        },
      ),
      npoRow(
        '福岡子供の未来',
        'フクオカコドモノミライ',
        '中央区',
        [13],
        'この法人は、子供の学びを支えることを目的とする。',
        {
          [C.jurisdiction]: '福岡市',
          [C.mainOfficeAddress]: '福岡市中央区天神1-1-1',
        },
      ),
    ];
    await t.app.get(NpoImportService).importFile({
      filePath: await fixture.zip('search', rows),
      fileName: 'search.zip',
      source: 'CLI',
      startedBy: 'test',
    });
    await t.app.get(SearchOutboxWorker).drain();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds NPOs by the words residents type, with the matched words highlighted', async () => {
    const result = await search({ query: '防災' });
    expect(names(result)).toEqual(['小倉防災ネットワーク']);
    const highlights = result.data?.searchNpos.hits[0].highlights ?? [];
    expect(highlights.find((h) => h.field === 'name')?.snippet).toBe('小倉<mark>防災</mark>ネットワーク');
  });

  it.each([
    ['子ども', '若松こども食堂の会'],
    ['子供', '若松こども食堂の会'],
    ['児童', '若松こども食堂の会'],
    ['お年寄り', '八幡西シニア見守り隊'],
    ['高齢者', '八幡西シニア見守り隊'],
    ['障がい', '門司障害者就労ネット'],
    ['スマートフォン', '戸畑スマホ相談室'],
  ])('treats synonyms alike: 「%s」 finds %s', async (query, expected) => {
    expect(names(await search({ query }))).toContain(expected);
  });

  it('gives the same NPOs and the same total for every spelling of a topic (子ども食堂, 子供食堂, こども食堂)', async () => {
    const answers = await Promise.all(['子ども食堂', '子供食堂', 'こども食堂'].map((query) => search({ query })));
    const [first, ...others] = answers.map((a) => ({ total: a.data?.searchNpos.total, names: names(a).sort() }));
    expect(first).toEqual({ total: 1, names: ['若松こども食堂の会'] });
    for (const other of others) expect(other).toEqual(first);
  });

  it('reads who asks as context: 「町内会のスマホ教室」 finds the smartphone NPO, and the total counts what the words find', async () => {
    const result = await search({ query: '町内会のスマホ教室' });
    expect(names(result)).toEqual(['戸畑スマホ相談室']);
    expect(result.data?.searchNpos.total).toBe(1);
    const snippet = result.data?.searchNpos.hits[0].highlights.find((h) => h.field === 'purpose')?.snippet;
    expect(snippet).toContain('<mark>スマートフォン</mark>');
  });

  it('finds an NPO by its whole name even when the name names topics (見守り, 高齢者)', async () => {
    expect(names(await search({ query: '八幡西シニア見守り隊' }))).toEqual(['八幡西シニア見守り隊']);
  });

  it('finds a katakana reading from a hiragana query, and half-width input', async () => {
    expect(names(await search({ query: 'わかまつ' }))).toContain('若松こども食堂の会');
    expect(names(await search({ query: 'こくらぼうさい' }))).toContain('小倉防災ネットワーク');
    expect(names(await search({ query: 'ｽﾏﾎ' }))).toContain('戸畑スマホ相談室');
  });

  it('shows only active NPOs of the city by default, and the others on request', async () => {
    const everything = await search({ query: '' });
    expect(everything.data?.searchNpos.total).toBe(5);
    expect(names(everything)).not.toContain('解散した子ども劇場');
    expect(names(everything)).not.toContain('福岡子供の未来');
    const inactive = await search({ query: '子ども', includeInactive: true });
    expect(names(inactive)).toContain('解散した子ども劇場');
    const outside = await search({ query: '子供', includeOutsideCity: true });
    expect(names(outside)).toContain('福岡子供の未来');
  });

  it('filters by ward, field and certification, with disjunctive facet counts', async () => {
    const byWard = await search({ wards: ['若松区', '戸畑区'] });
    expect(names(byWard).sort()).toEqual(['戸畑スマホ相談室', '若松こども食堂の会']);
    // Ward counts ignore the ward filter itself, so every ward chip still shows its count.
    expect(byWard.data?.searchNpos.facets.wards).toHaveLength(5);
    const byField = await search({ fields: [1] });
    expect(names(byField).sort()).toEqual(['八幡西シニア見守り隊', '若松こども食堂の会', '門司障害者就労ネット']);
    expect(byField.data?.searchNpos.facets.fields.find((f) => f.value === '1')?.count).toBe(3);
    expect(byField.data?.searchNpos.facets.wards.map((w) => w.value).sort()).toEqual(['八幡西区', '若松区', '門司区']);
    const certified = await search({ certifiedOnly: true });
    expect(names(certified)).toEqual(['小倉防災ネットワーク']);
    expect(certified.data?.searchNpos.hits[0].npo.certified).toBe(true);
  });

  it('sorts by reading and pages through results', async () => {
    const sorted = await search({ sort: 'NAME_KANA', pageSize: 2 });
    expect(names(sorted)).toEqual(['小倉防災ネットワーク', '戸畑スマホ相談室']);
    const second = await search({ sort: 'NAME_KANA', pageSize: 2, page: 2 });
    expect(names(second)).toEqual(['門司障害者就労ネット', '八幡西シニア見守り隊']); // モジ < ヤハタ
    expect(second.data?.searchNpos.total).toBe(5);
  });

  it('refuses bad input with BAD_USER_INPUT and finds a profile by id or corporate number', async () => {
    const bad = await search({ pageSize: 1000 });
    expect(bad.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    const id = (await search({ query: '防災' })).data?.searchNpos.hits[0].npo.id;
    const one = await gql<{ npo: { name: string; inCity: boolean } }>(
      t.baseUrl,
      `query($id: ID!) { npo(id: $id) { name inCity } }`,
      { id },
    );
    expect(one.data?.npo).toEqual({ name: '小倉防災ネットワーク', inCity: true });
    const missing = await gql(t.baseUrl, `{ npo(id: "00000000-0000-0000-0000-000000000000") { name } }`);
    expect(missing.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
  });
});

describe('NPO search while Meilisearch is unreachable', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ meiliUrl: 'http://127.0.0.1:9' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers SERVICE_UNAVAILABLE with a plain message instead of an empty list', async () => {
    const result = await gql(t.baseUrl, `{ searchNpos(input: { query: "子ども" }) { total } }`);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
    expect(result.errors?.[0].message).toContain('検索が一時的に使えません');
  });
});
