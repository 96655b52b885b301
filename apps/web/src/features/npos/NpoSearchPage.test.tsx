import '../../i18n/i18n';
import { SearchNposDocument } from '@tsunagu/shared/graphql-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithMocks } from '../../shared/testing/render-with-mocks';
import { cityOfficeMock } from '../../shared/testing/city-office-mock';
import { NpoSearchPage } from './NpoSearchPage';

interface Input {
  query: string | null;
  wards: string[] | null;
  fields: number[] | null;
  certifiedOnly: boolean;
  sort: 'RELEVANCE' | 'NAME_KANA' | 'ESTABLISHED_DESC';
  page: number;
  pageSize: number;
}

const everything: Input = {
  query: null,
  wards: null,
  fields: null,
  certifiedOnly: false,
  sort: 'RELEVANCE',
  page: 1,
  pageSize: 10,
};

function npo(n: number) {
  return {
    __typename: 'NpoSearchHit',
    npo: {
      __typename: 'Npo',
      id: `npo-${n}`,
      kind: 'NPO',
      name: `NPO法人 まちの灯 ${n}`,
      nameKana: null,
      ward: '八幡西区',
      city: '北九州市',
      fields: [1, 3, 13, 19],
      certified: false,
      status: 'ACTIVE',
      purpose: 'この法人は、地域の子どもと高齢者を支える事業を行う。',
      programmes: null,
      claimed: false,
    },
    highlights: [],
  };
}

/** The API's answer to one search: `total` NPOs in all, the first `shown` of them in the list. */
function search(input: Partial<Input>, total: number, shown = Math.min(total, 10)) {
  return {
    request: { query: SearchNposDocument, variables: { input: { ...everything, ...input } } },
    result: {
      data: {
        searchNpos: {
          __typename: 'NpoSearchResult',
          total,
          page: 1,
          pageSize: input.pageSize ?? 10,
          hits: Array.from({ length: shown }, (_, i) => npo(i + 1)),
          facets: {
            __typename: 'NpoFacets',
            wards: [
              { __typename: 'FacetCount', value: '門司区', count: 4 },
              { __typename: 'FacetCount', value: '八幡西区', count: 9 },
            ],
            fields: [{ __typename: 'FacetCount', value: '13', count: 7 }],
          },
        },
      },
    },
  };
}

function Where() {
  const location = useLocation();
  return <output data-testid="where">{decodeURIComponent(location.search)}</output>;
}

function renderSearch(path: string, mocks: unknown[]) {
  return renderWithMocks(
    <>
      <Routes>
        <Route path="/npos" element={<NpoSearchPage />} />
      </Routes>
      <Where />
    </>,
    mocks,
    path,
  );
}

/** A screen `width` px wide, as far as the page's media queries can tell. */
function screenWidth(width: number) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query) =>
      ({
        matches: /min-width: 48rem/.test(query) ? width >= 768 : false,
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }) as unknown as MediaQueryList,
  );
}

let scrollIntoView: ReturnType<typeof vi.fn>;
beforeEach(() => {
  localStorage.clear();
  screenWidth(390);
  scrollIntoView = vi.fn();
  Element.prototype.scrollIntoView = scrollIntoView as unknown as Element['scrollIntoView'];
});
afterEach(() => vi.restoreAllMocks());

describe('NpoSearchPage on a phone', () => {
  it('after 検索 moves the screen and the focus to the results and says how many, but not on opening', async () => {
    renderSearch('/npos', [search({}, 293), search({ query: '子ども食堂' }, 12)]);
    const heading = await screen.findByRole('heading', { level: 2, name: '293件の団体が見つかりました' });
    // Opening the page leaves the focus and the screen where they are, and says nothing.
    expect(document.activeElement).not.toBe(heading);
    expect(scrollIntoView).not.toHaveBeenCalled();
    expect(screen.getByTestId('search-announcement').textContent).toBe('');

    await userEvent.type(screen.getByTestId('npo-search-input'), '子ども食堂');
    await userEvent.click(screen.getByTestId('npo-search-submit'));

    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { level: 2, name: '12件の団体が見つかりました' }),
      ),
    );
    expect(scrollIntoView).toHaveBeenCalledWith(expect.objectContaining({ block: 'start' }));
    expect(screen.getByTestId('search-announcement').textContent).toBe('12件 見つかりました');
    expect(screen.getByTestId('search-announcement').getAttribute('aria-live')).toBe('polite');
  });

  it('when search is down, 検索 still brings the reader to the results part, which says so', async () => {
    renderSearch('/npos', [
      search({}, 293),
      {
        request: { query: SearchNposDocument, variables: { input: { ...everything, query: '防災' } } },
        error: new Error('search is down'),
      },
    ]);
    await screen.findByRole('heading', { level: 2, name: '293件の団体が見つかりました' });
    await userEvent.type(screen.getByTestId('npo-search-input'), '防災');
    await userEvent.click(screen.getByTestId('npo-search-submit'));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('探した結果'));
    expect(screen.getByText('いま検索が使えません')).toBeTruthy();
  });

  it('nothing found: says for which words, offers to take the filters away, and the way on', async () => {
    renderSearch('/npos?q=zzzz&ward=門司区', [
      search({ query: 'zzzz', wards: ['門司区'] }, 0),
      search({ query: 'zzzz' }, 3),
      cityOfficeMock,
    ]);
    const none = await screen.findByTestId('search-none');
    expect(within(none).getByText('「zzzz」では見つかりませんでした')).toBeTruthy();
    expect(within(none).getByRole('link', { name: '募集を書く' }).getAttribute('href')).toBe('/needs/new');
    expect((await within(none).findByRole('link', { name: '093-582-2111' })).getAttribute('href')).toBe(
      'tel:0935822111',
    );

    await userEvent.click(within(none).getByRole('button', { name: 'しぼりこみを外して探す' }));
    expect(screen.getByTestId('where').textContent).toBe('?q=zzzz');
    expect(await screen.findByRole('heading', { level: 2, name: '3件の団体が見つかりました' })).toBeTruthy();
    expect(screen.queryByTestId('search-none')).toBeNull();
  });

  it('folds the filters on a phone, shows how many are chosen, and each chosen one can be removed', async () => {
    renderSearch('/npos?ward=八幡西区&field=13', [
      search({ wards: ['八幡西区'], fields: [13] }, 5),
      search({ fields: [13] }, 7),
    ]);
    const toggle = await screen.findByTestId('npo-filters-toggle');
    expect(toggle.textContent).toContain('しぼりこむ（区・分野）');
    expect(screen.getByTestId('npo-filters-active').textContent).toBe('2つ選択中');
    expect((screen.getByTestId('npo-filters') as HTMLDetailsElement).open).toBe(false);

    await userEvent.click(toggle);
    expect((screen.getByTestId('npo-filters') as HTMLDetailsElement).open).toBe(true);
    expect(screen.getByTestId('ward-chip-八幡西区').getAttribute('aria-pressed')).toBe('true');

    await userEvent.click(screen.getByRole('button', { name: '「八幡西区」を外す' }));
    expect(screen.getByTestId('where').textContent).toBe('?field=13');
    await waitFor(() => expect(screen.getByTestId('npo-filters-active').textContent).toBe('1つ選択中'));
  });

  it('keeps the filters open on a wide screen', async () => {
    screenWidth(1280);
    renderSearch('/npos', [search({}, 293)]);
    await screen.findByRole('heading', { level: 2, name: '293件の団体が見つかりました' });
    expect((screen.getByTestId('npo-filters') as HTMLDetailsElement).open).toBe(true);
    expect(screen.queryByTestId('npo-filters-active')).toBeNull();
  });

  it('shows ten short cards, then ten more on 「もっと見る」 with the focus on the first new one', async () => {
    renderSearch('/npos', [search({}, 12), search({ pageSize: 20 }, 12, 12)]);
    await screen.findByRole('heading', { level: 2, name: '12件の団体が見つかりました' });
    expect(screen.getAllByTestId('npo-result-card')).toHaveLength(10);
    // Four fields: two on the card, the rest on the NPO's page.
    expect(within(screen.getAllByTestId('npo-result-card')[0]).getByText('ほか2分野')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'もっと見る（あと2件）' }));
    await waitFor(() => expect(screen.getAllByTestId('npo-result-card')).toHaveLength(12));
    expect(screen.getByTestId('where').textContent).toBe('?show=20');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('NPO法人 まちの灯 11'));
    expect(screen.queryByTestId('npo-search-more')).toBeNull();
  });
});
