import { screen, within } from '@testing-library/react';
import i18n from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { shellMocks } from '../../app/testing/shell-mocks';
import { renderWithMocks } from '../../shared/testing/render-with-mocks';
import { OpenDataPage } from './OpenDataPage';
import { PublicApiPage } from './PublicApiPage';

afterEach(async () => {
  await i18n.changeLanguage('ja');
});

const downloads = () =>
  within(screen.getByTestId('open-data-downloads'))
    .getAllByRole('link')
    .map((a) => [a.textContent, a.getAttribute('href'), a.hasAttribute('download')]);

describe('the open data page', () => {
  it('in Japanese: says what the data is, offers the four files, the licence, how to credit and the API', () => {
    renderWithMocks(<OpenDataPage />, shellMocks(null), '/open-data');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('オープンデータ');
    expect(screen.getByRole('heading', { level: 3, name: '団体の名簿' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: '困りごとの集計' })).toBeTruthy();
    expect(screen.getByTestId('open-data-small-wards').textContent).toContain('その他の区');
    expect(downloads()).toEqual([
      ['団体の名簿（CSV）', '/api/open-data/helpers.csv', true],
      ['団体の名簿（JSON）', '/api/open-data/helpers.json', true],
      ['困りごとの集計（CSV）', '/api/open-data/needs-statistics.csv', true],
      ['困りごとの集計（JSON）', '/api/open-data/needs-statistics.json', true],
    ]);
    expect(screen.getByRole('heading', { level: 2, name: '使うときのきまり（CC BY 4.0）' })).toBeTruthy();
    expect(screen.getByTestId('open-data-credit').textContent).toBe('出典：北九州市・つなぐ（CC BY 4.0）');
    const licence = screen.getByRole('link', { name: /CC BY 4.0 のくわしい説明/ });
    expect(licence.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/deed.ja');
    expect(screen.getByRole('link', { name: '公開APIの説明（例つき）' }).getAttribute('href')).toBe('/open-data/api');
  });

  it('in English: the same, in English', async () => {
    await i18n.changeLanguage('en');
    renderWithMocks(<OpenDataPage />, shellMocks(null), '/open-data');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Open data');
    expect(downloads().map(([name]) => name)).toEqual([
      'Directory of helpers (CSV)',
      'Directory of helpers (JSON)',
      'Needs statistics (CSV)',
      'Needs statistics (JSON)',
    ]);
    expect(screen.getByTestId('open-data-credit').textContent).toContain('CC BY 4.0');
  });
});

describe('the public API page', () => {
  it('shows the repository’s API document, with the endpoint and the example queries', () => {
    renderWithMocks(<PublicApiPage />, shellMocks(null), '/open-data/api');
    const doc = screen.getByTestId('public-api-doc').textContent ?? '';
    expect(doc).toContain('POST /graphql');
    expect(doc).toContain('searchNpos(input:');
    expect(screen.getByRole('link', { name: 'オープンデータ' }).getAttribute('href')).toBe('/open-data');
  });
});
