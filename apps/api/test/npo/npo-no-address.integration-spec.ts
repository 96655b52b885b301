import { NpoImportService } from '@tsunagu/npo/api';
import { OPEN_DATA_COLUMN as C, type OpenDataRow, emptyOpenDataRow } from '@tsunagu/npo/open-data';
import { SearchOutboxWorker } from '@tsunagu/search/api';
import { type TestApp, startTestApp } from '../test-services';
import { gql } from './graphql-client';
import { OpenDataFixture } from './open-data-fixture';

const SEARCH = `query($input: SearchNposInput!) {
  searchNpos(input: $input) { total hits { npo { name city prefecture ward status inCity } } }
}`;

interface Hit {
  name: string;
  city: string | null;
  prefecture: string | null;
  ward: string | null;
  status: string;
  inCity: boolean;
}

function npoRow(name: string, jurisdiction: string, address: string, dissolution = ''): OpenDataRow {
  const row = emptyOpenDataRow();
  row[C.name] = name;
  row[C.jurisdiction] = jurisdiction;
  row[C.mainOfficeAddress] = address;
  row[C.dissolution] = dissolution;
  return row;
}

/**
 * Most dissolved NPOs of the real file have an empty address. Their authority still says where
 * they were: the city's own authority supervises only NPOs inside the city.
 */
describe('NPOs without an address (issue #11, case 5)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const fixture = await OpenDataFixture.create();
    const path = await fixture.zip('no-address', [
      npoRow('若松こども食堂の会', '北九州市', '北九州市若松区本町1-1'),
      npoRow('解散した門司の会', '北九州市', '', '2010年03月31日 社員総会の決議'),
      npoRow('解散した福岡県の会', '福岡県', '', '2011年03月31日 社員総会の決議'),
    ]);
    const summary = await t.app
      .get(NpoImportService)
      .importFile({ filePath: path, fileName: 'no-address.zip', source: 'CLI', startedBy: 'test' });
    expect(summary).toMatchObject({ status: 'SUCCEEDED', inserted: 3 });
    await t.app.get(SearchOutboxWorker).drain();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("finds the city's dissolved NPOs without an address in searchNpos(includeInactive: true), and only those", async () => {
    const result = await gql<{ searchNpos: { total: number; hits: Array<{ npo: Hit }> } }>(t.baseUrl, SEARCH, {
      input: { query: '', includeInactive: true },
    });
    const hits = result.data?.searchNpos.hits.map((h) => h.npo) ?? [];
    expect(hits.map((h) => h.name).sort()).toEqual(['若松こども食堂の会', '解散した門司の会'].sort());
    expect(hits.find((h) => h.name === '解散した門司の会')).toEqual({
      name: '解散した門司の会',
      city: '北九州市',
      prefecture: '福岡県',
      ward: null,
      status: 'DISSOLVED',
      inCity: true,
    });
  });
});
