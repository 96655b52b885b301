import '../../i18n/i18n';
import { CityDashboardDocument, MeDocument } from '@tsunagu/shared/graphql-client';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithMocks } from '../../shared/testing/render-with-mocks';
import { meMock } from '../needs/testing/introduction-fixtures';
import { CityDashboardPage } from './CityDashboardPage';

const counts = (needs: number, withOffer: number, matched: number, done: number) => ({
  needs,
  withOffer,
  matched,
  done,
});
const dashboard = (over: Record<string, unknown> = {}) => ({
  __typename: 'CityDashboard',
  from: '2025-12-01',
  to: '2026-12-08',
  ward: null,
  audience: 'PUBLIC',
  withheld: false,
  totals: {
    __typename: 'DashboardTotals',
    ...counts(7, 4, 2, 1),
    openNow: 4,
    groups: 6,
    shareWithOffer: 0.571,
    shareMatched: 0.286,
    shareDone: 0.143,
    medianDaysToFirstOffer: 2.5,
    medianDaysToMatch: 7.5,
  },
  byWard: [{ __typename: 'AreaFigures', area: '八幡西区', label: '八幡西区', groups: 3, ...counts(4, 3, 2, 1) }],
  bySchoolDistrict: [],
  byField: [{ __typename: 'FieldFigures', field: 3, label: 'まちづくり', openNow: 4, ...counts(5, 3, 1, 1) }],
  byStatus: [{ __typename: 'StatusFigures', status: 'PUBLISHED', label: '募集中', needs: 4 }],
  byMonth: [{ __typename: 'MonthFigures', month: '2026-04', ...counts(1, 1, 1, 1) }],
  gap: [
    {
      __typename: 'SupplyGap',
      area: 'OTHER_AREAS',
      label: 'その他（団体が少ない地域をまとめたもの）',
      field: 3,
      fieldLabel: 'まちづくり',
      openNeeds: 2,
      helpers: 1,
      helpersWithAccount: 0,
      shortfall: 2,
    },
  ],
  ...over,
});
const dashboardMock = (input: Record<string, unknown>, result: Record<string, unknown>) => ({
  request: { query: CityDashboardDocument, variables: { input } },
  result: { data: { cityDashboard: result } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
const WHOLE_CITY = { from: null, to: null, ward: null };

function renderPage(mocks: unknown[], route = '/impact', staff = false) {
  return renderWithMocks(
    <Routes>
      <Route path="/impact" element={<CityDashboardPage />} />
      <Route path="/staff/dashboard" element={<CityDashboardPage staff={staff} />} />
    </Routes>,
    mocks,
    route,
  );
}

describe('the city in figures', () => {
  it('shows the headline figures with their shares, and the gap in words, not colour alone', async () => {
    renderPage([meMock(MeDocument, null), dashboardMock(WHOLE_CITY, dashboard())]);
    const withOffer = await screen.findByTestId('total-withOffer');
    expect(withOffer.textContent).toBe('手伝いの申し出があった4（募集の57%）');
    expect(screen.getByTestId('total-medianDaysToMatch').textContent).toContain('7.5日');
    const gap = within(screen.getByTestId('dashboard-gap'));
    const where = gap.getByRole('rowheader', { name: /^その他（団体が少ない地域をまとめたもの） · まちづくり/ });
    expect(where.textContent).toContain('声かけが必要');
    expect(screen.getByText(/団体が3つより少ない区・校区は「その他」に/)).toBeTruthy();
    expect(screen.getByTestId('dashboard-csv').getAttribute('href')).toBe('/api/impact/dashboard.csv');
  });

  it('shows the 8 largest shortfalls first, and all of them on request', async () => {
    const gapRow = (field: number) => ({
      __typename: 'SupplyGap',
      area: '八幡西区',
      label: '八幡西区',
      field,
      fieldLabel: `分野${field}`,
      openNeeds: 1,
      helpers: 2,
      helpersWithAccount: 1,
      shortfall: 0,
    });
    const rows = Array.from({ length: 11 }, (_, i) => gapRow(i + 1));
    renderPage([meMock(MeDocument, null), dashboardMock(WHOLE_CITY, dashboard({ gap: rows }))]);
    const table = await screen.findByTestId('dashboard-gap');
    expect(within(table).getAllByRole('rowheader')).toHaveLength(8);
    await userEvent.click(screen.getByRole('button', { name: 'すべて見る（11件）' }));
    expect(within(table).getAllByRole('rowheader')).toHaveLength(11);
  });

  it('asks again for the ward chosen, keeps it in the CSV link, and says when a small ward is withheld', async () => {
    const ward = { from: null, to: null, ward: '門司区' };
    renderPage([
      meMock(MeDocument, null),
      dashboardMock(WHOLE_CITY, dashboard()),
      dashboardMock(ward, dashboard({ ward: '門司区', withheld: true, byWard: [], gap: [] })),
    ]);
    await screen.findByTestId('dashboard-totals');
    await userEvent.selectOptions(screen.getByTestId('dashboard-ward'), '門司区');
    await userEvent.click(screen.getByRole('button', { name: '表示する' }));
    expect(await screen.findByText('この区だけの数字は出していません')).toBeTruthy();
    expect(screen.getByTestId('dashboard-csv').getAttribute('href')).toBe(
      `/api/impact/dashboard.csv?ward=${encodeURIComponent('門司区')}`,
    );
    await userEvent.click(screen.getByRole('link', { name: '市全体の数字を見る' }));
    expect(await screen.findByTestId('dashboard-gap')).toBeTruthy();
  });

  it('the staff dashboard is for staff: others are told so, with a way to sign in', async () => {
    renderPage(
      [meMock(MeDocument, { role: 'MEMBER' }), dashboardMock(WHOLE_CITY, dashboard())],
      '/staff/dashboard',
      true,
    );
    expect(await screen.findByRole('link', { name: 'ログイン' })).toBeTruthy();
    expect(screen.queryByTestId('dashboard-totals')).toBeNull();
  });
});
