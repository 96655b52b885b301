import type { HelperDirectoryRow } from '@tsunagu/npo/api';
import { helpersDirectory } from './helpers-directory';

const row = (partial: Partial<HelperDirectoryRow>): HelperDirectoryRow => ({
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'NPO',
  status: 'ACTIVE',
  name: 'NPO法人くろさき子ども食堂',
  nameKana: 'クロサキコドモショクドウ',
  corporateNumber: '1290005012345',
  ward: '八幡西区',
  address: '北九州市八幡西区黒崎三丁目1番1号',
  postalCode: '806-0021',
  purpose: '子どもの居場所づくり',
  fields: [13],
  areas: [],
  helpKinds: ['ADVICE'],
  website: null,
  contactForGroups: '093-111-0001',
  printConsent: false,
  updatedAt: new Date('2026-11-01T00:00:00Z'),
  ...partial,
});

describe(helpersDirectory.name, () => {
  it('leaves out helpers waiting for review or refused, as their public page does', () => {
    const rows = helpersDirectory(
      [
        row({ id: 'a', status: 'ACTIVE' }),
        row({ id: 'b', status: 'DISSOLVED' }),
        row({ id: 'c', status: 'PENDING_REVIEW' }),
        row({ id: 'd', status: 'REFUSED' }),
      ],
      'https://tsunagu.example.jp',
    );
    expect(rows.map((r) => r['id'])).toEqual(['a', 'b']);
  });

  it('publishes a contact only with the helper’s consent, and an address only from the national NPO file', () => {
    const [npo, company] = helpersDirectory(
      [row({}), row({ kind: 'COMPANY', printConsent: true, contactForGroups: '平日 093-222-0002' })],
      'https://tsunagu.example.jp',
    );
    expect(npo).toMatchObject({ contact: null, address: '北九州市八幡西区黒崎三丁目1番1号', kind_name: 'NPO法人' });
    expect(company).toMatchObject({
      contact: '平日 093-222-0002',
      address: null,
      postal_code: null,
      kind_name: '企業',
    });
    expect(npo).toMatchObject({
      field_names: ['子ども'],
      help_kind_names: ['やり方の相談・アドバイス'],
      page_url: 'https://tsunagu.example.jp/npos/00000000-0000-4000-8000-000000000001',
      updated_at: '2026-11-01T00:00:00.000Z',
    });
  });
});
