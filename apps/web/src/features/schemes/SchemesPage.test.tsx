import '../../i18n/i18n';
import { SupportSchemesDocument } from '@tsunagu/shared/graphql-client';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMocks } from '../../shared/testing/render-with-mocks';
import { SchemesPage } from './SchemesPage';
import { aPublicScheme } from './testing/scheme-fixtures';

const list = (schemes: unknown[]) => ({
  request: { query: SupportSchemesDocument },
  result: { data: { supportSchemes: schemes } },
});

describe('SchemesPage', () => {
  it('shows each scheme with what it offers, who may use it, how to apply and the office to call', async () => {
    renderWithMocks(
      <SchemesPage />,
      [list([aPublicScheme(), aPublicScheme({ id: 'scheme-2', name: 'マンション管理士派遣', officeUrl: null })])],
      '/schemes',
    );
    expect(screen.getByRole('heading', { level: 1, name: '市の制度' })).toBeTruthy();
    const cards = await screen.findAllByTestId('scheme-card');
    expect(cards).toHaveLength(2);
    const first = within(cards[0] as HTMLElement);
    expect(first.getByRole('heading', { level: 2, name: '課題解決型地域づくり事業' })).toBeTruthy();
    expect(first.getByText('自治会の困りごとを解決する事業を、市が支えます。')).toBeTruthy();
    expect(first.getByText('市内の自治会・町内会')).toBeTruthy();
    expect(first.getByText('申込書を地域振興課に出してください。')).toBeTruthy();
    const call = first.getByRole('link', { name: '北九州市 地域・人づくり部 地域振興課に電話する（093-000-2150）' });
    expect(call.getAttribute('href')).toBe('tel:0930002150');
    expect(first.getByRole('link', { name: /市のホームページで見る/ }).getAttribute('href')).toBe(
      'https://www.city.kitakyushu.lg.jp/',
    );
    // no website, no dead link
    expect(within(cards[1] as HTMLElement).queryByRole('link', { name: /ホームページ/ })).toBeNull();
  });

  it('says so when no scheme is listed', async () => {
    renderWithMocks(<SchemesPage />, [list([])], '/schemes');
    expect(await screen.findByText('いまのせている制度はありません。')).toBeTruthy();
  });
});
