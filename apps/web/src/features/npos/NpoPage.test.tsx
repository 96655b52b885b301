import '../../i18n/i18n';
import { NpoDocument } from '@tsunagu/shared/graphql-client';
import { render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { shellMocks } from '../../app/testing/shell-mocks';
import { NpoPage } from './NpoPage';

const npo = (extra: Record<string, unknown>) => ({
  __typename: 'Npo',
  id: 'n-1',
  kind: 'NPO',
  corporateNumber: null,
  name: 'NPO法人こどもの居場所',
  nameKana: null,
  jurisdiction: '北九州市',
  prefecture: '福岡県',
  city: '北九州市',
  ward: '八幡西区',
  address: '北九州市八幡西区黒崎1-1-1',
  postalCode: null,
  representative: null,
  authorizedOn: null,
  establishedOn: null,
  purpose: 'この法人は、子どもの居場所づくりを目的とする。',
  programmes: null,
  fields: [13],
  certified: false,
  certification: null,
  supervision: null,
  dissolution: null,
  status: 'ACTIVE',
  portalUrl: 'https://www.npo-homepage.go.jp/npoportal/detail/040000000',
  claimed: false,
  selfDescribed: false,
  viewerCanEdit: false,
  inCity: true,
  updatedAt: '2026-11-01T00:00:00.000Z',
  profile: null,
  ...extra,
});

function renderPage(data: Record<string, unknown>, role: 'MEMBER' | null = null) {
  const mocks = [
    ...shellMocks(role),
    { request: { query: NpoDocument, variables: { id: 'n-1' } }, result: { data: { npo: data } } },
  ];
  render(
    <MockedProvider mocks={mocks as ReadonlyArray<MockLink.MockedResponse>}>
      <MemoryRouter initialEntries={['/npos/n-1']}>
        <Routes>
          <Route path="/npos/:id" element={<NpoPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('the page of a helper, by kind', () => {
  it('an NPO shows its 所轄庁, the open-data notice and the portal link, and no kind tag', async () => {
    renderPage(npo({}));
    await screen.findByTestId('npo-name');
    expect(screen.getByText('所轄庁')).toBeTruthy();
    expect(screen.getByTestId('npo-source').textContent).toContain('内閣府NPO法人ポータルサイト');
    expect(screen.getByRole('link', { name: /ポータル/ })).toBeTruthy();
    expect(screen.queryByTestId('npo-kind')).toBeNull();
  });

  it('a company the city registered says so, names its kind, and shows none of the NPO-only parts', async () => {
    renderPage(
      npo({
        kind: 'COMPANY',
        name: '株式会社とばたウェブ工房',
        jurisdiction: null,
        portalUrl: null,
        purpose: '自治会のホームページづくりを手伝います。',
      }),
    );
    await screen.findByTestId('npo-name');
    expect(screen.getByTestId('npo-kind').textContent).toBe('企業');
    expect(screen.getByTestId('npo-source').textContent).toBe('市が登録した内容です。');
    expect(screen.getByRole('heading', { name: '地域の団体のためにできること' })).toBeTruthy();
    expect(screen.queryByText('所轄庁')).toBeNull();
    expect(screen.queryByRole('link', { name: /ポータル/ })).toBeNull();
    expect(screen.queryByText(/公開データ/)).toBeNull();
  });

  it('its member sees a registration waiting for the city as 市の確認待ち, written by the organisation itself', async () => {
    renderPage(
      npo({
        kind: 'UNIVERSITY',
        name: '北九州市立大学 広報ゼミ',
        jurisdiction: null,
        portalUrl: null,
        status: 'PENDING_REVIEW',
        selfDescribed: true,
        viewerCanEdit: true,
        claimed: true,
      }),
      'MEMBER',
    );
    await screen.findByTestId('npo-name');
    expect(screen.getByTestId('npo-kind').textContent).toBe('大学');
    expect(screen.getByTestId('npo-status').textContent).toBe('市の確認待ち');
    expect(screen.getByText(/市がこの団体を確認しています/)).toBeTruthy();
    expect(screen.getByTestId('npo-source').textContent).toBe('この団体が書いた内容です。');
  });
});
