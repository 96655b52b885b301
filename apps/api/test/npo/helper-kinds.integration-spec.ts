import { DataSource } from 'typeorm';
import { NpoImportService } from '@tsunagu/npo/api';
import { OPEN_DATA_COLUMN as C, type OpenDataRow, emptyOpenDataRow } from '@tsunagu/npo/open-data';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import { type TestApp, startTestApp } from '../test-services';
import { gql } from './graphql-client';
import { OpenDataFixture } from './open-data-fixture';

const HITS = `hits { npo { name kind jurisdiction status } }`;
const SEARCH_NPOS = `query($input: SearchNposInput!) { searchNpos(input: $input) { total ${HITS} } }`;
const SEARCH_HELPERS = `query($input: SearchHelpersInput!) { searchHelpers(input: $input) { total ${HITS} } }`;

interface Hits {
  total: number;
  hits: Array<{ npo: { name: string; kind: string; jurisdiction: string | null; status: string } }>;
}

function npoRow(name: string, purpose: string): OpenDataRow {
  const row = emptyOpenDataRow();
  row[C.name] = name;
  row[C.jurisdiction] = '北九州市';
  row[C.mainOfficeAddress] = '北九州市戸畑区中央1-1-1';
  row[C.purpose] = purpose;
  row[C.firstActivityField + 14 - 1] = '○';
  return row;
}

/**
 * Companies and university groups sit beside the NPOs: searchNpos stays NPO-only, searchHelpers
 * finds every kind with the same analysis, and the national NPO import leaves other helpers alone.
 */
describe('helpers of other kinds', () => {
  let t: TestApp;
  let fixture: OpenDataFixture;
  const names = (r: { data?: Record<string, Hits> }, key: string) =>
    (r.data?.[key]?.hits.map((h) => h.npo.name) ?? []).sort();

  const importNpos = async (name: string, rows: OpenDataRow[]) => {
    await t.app.get(NpoImportService).importFile({
      filePath: await fixture.zip(name, rows),
      fileName: `${name}.zip`,
      source: 'CLI',
      startedBy: 'test',
    });
    await t.app.get(SearchOutboxWorker).drain();
  };

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await OpenDataFixture.create();
    await importNpos('first', [
      npoRow('戸畑ホームページ相談室', 'この法人は、自治会のホームページづくりを手伝うことを目的とする。'),
      npoRow('戸畑見守りの会', 'この法人は、高齢者の見守りを行うことを目的とする。'),
    ]);
    const db = t.app.get(DataSource);
    await db.query(
      `WITH h AS (
         INSERT INTO npo (kind, name, city, ward, purpose, fields, status)
         VALUES ('COMPANY', '株式会社とばたウェブ', '北九州市', '戸畑区', '自治会のホームページやSNSでの発信を手伝います。', '{14}', 'ACTIVE'),
                ('UNIVERSITY', '北九州市立大学 地域創生学群 ホームページ研究会', '北九州市', '小倉南区', '学生が町内会のホームページを一緒につくります。', '{14}', 'ACTIVE'),
                ('COMPANY', '審査待ちウェブ株式会社', '北九州市', '戸畑区', 'ホームページ制作', '{14}', 'PENDING_REVIEW')
         RETURNING id)
       INSERT INTO search_outbox (index_name, document_id) SELECT 'npos', id::text FROM h`,
    );
    await t.app.get(SearchOutboxWorker).drain();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('searchNpos finds NPOs only, as before', async () => {
    const r = await gql<Record<string, Hits>>(t.baseUrl, SEARCH_NPOS, { input: { query: 'ホームページ' } });
    expect(names(r, 'searchNpos')).toEqual(['戸畑ホームページ相談室']);
  });

  it('searchHelpers finds every kind by the same words, and never one that staff have not verified', async () => {
    const r = await gql<Record<string, Hits>>(t.baseUrl, SEARCH_HELPERS, { input: { query: 'ホームページ' } });
    expect(names(r, 'searchHelpers')).toEqual(
      ['戸畑ホームページ相談室', '北九州市立大学 地域創生学群 ホームページ研究会', '株式会社とばたウェブ'].sort(),
    );
    const kinds = r.data?.searchHelpers.hits.map((h) => [h.npo.name, h.npo.kind, h.npo.jurisdiction]);
    expect(kinds).toContainEqual(['株式会社とばたウェブ', 'COMPANY', null]);
  });

  it('the kind filter narrows to the kinds asked', async () => {
    const companies = await gql<Record<string, Hits>>(t.baseUrl, SEARCH_HELPERS, {
      input: { query: 'ホームページ', kinds: ['COMPANY', 'UNIVERSITY'] },
    });
    expect(names(companies, 'searchHelpers')).toEqual(
      ['北九州市立大学 地域創生学群 ホームページ研究会', '株式会社とばたウェブ'].sort(),
    );
    const npos = await gql<Record<string, Hits>>(t.baseUrl, SEARCH_HELPERS, {
      input: { query: 'ホームページ', kinds: ['NPO'] },
    });
    expect(names(npos, 'searchHelpers')).toEqual(['戸畑ホームページ相談室']);
  });

  it('a full NPO file that no longer lists an NPO marks that NPO only, never a company', async () => {
    await importNpos('second', [
      npoRow('戸畑ホームページ相談室', 'この法人は、自治会のホームページづくりを手伝うことを目的とする。'),
      npoRow('株式会社とばたウェブ', 'この法人は、同じ名前のNPOです。'),
    ]);
    const rows: Array<{ name: string; kind: string; status: string }> = await t.app
      .get(DataSource)
      .query(`SELECT name, kind, status FROM npo ORDER BY kind, name`);
    expect(rows).toEqual(
      expect.arrayContaining([
        { name: '戸畑見守りの会', kind: 'NPO', status: 'NOT_IN_LATEST_DATA' },
        { name: '株式会社とばたウェブ', kind: 'COMPANY', status: 'ACTIVE' },
        // the NPO of the same name is another organisation: a row of its own
        { name: '株式会社とばたウェブ', kind: 'NPO', status: 'ACTIVE' },
      ]),
    );
    const [company] = await t.app
      .get(DataSource)
      .query(`SELECT purpose FROM npo WHERE kind = 'COMPANY' AND name = '株式会社とばたウェブ'`);
    expect(company.purpose).toBe('自治会のホームページやSNSでの発信を手伝います。');
  });
});
