import '../../i18n/i18n';
import { SearchHelpersDocument, SearchNposDocument } from '@tsunagu/shared/graphql-client';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithMocks } from '../../shared/testing/render-with-mocks';
import { HelperSearchPage } from './HelperSearchPage';
import { NpoSearchPage } from './NpoSearchPage';

const everything = {
  query: null,
  wards: null,
  fields: null,
  certifiedOnly: false,
  sort: 'RELEVANCE',
  page: 1,
  pageSize: 10,
};

function helper(id: string, name: string, kind: string) {
  return {
    __typename: 'NpoSearchHit',
    npo: {
      __typename: 'Npo',
      id,
      kind,
      name,
      nameKana: null,
      ward: '戸畑区',
      city: '北九州市',
      fields: [14],
      certified: false,
      status: 'ACTIVE',
      purpose: '自治会のホームページづくりを手伝います。',
      programmes: null,
      claimed: false,
    },
    highlights: [],
  };
}

const HELPERS = {
  NPO: helper('npo-1', '戸畑ホームページ相談室', 'NPO'),
  COMPANY: helper('co-1', '株式会社とばたウェブ工房', 'COMPANY'),
  UNIVERSITY: helper('uni-1', '北九州市立大学 地域創生学群 広報デザインゼミ', 'UNIVERSITY'),
};

/** The API's answer to one searchHelpers: the helpers of these kinds (none: every kind). */
function search(input: Record<string, unknown>, kinds: Array<keyof typeof HELPERS> | null) {
  const hits = (kinds ?? (Object.keys(HELPERS) as Array<keyof typeof HELPERS>)).map((k) => HELPERS[k]);
  return {
    request: { query: SearchHelpersDocument, variables: { input: { ...everything, ...input, kinds } } },
    result: {
      data: {
        searchHelpers: {
          __typename: 'NpoSearchResult',
          total: hits.length,
          page: 1,
          pageSize: 10,
          hits,
          facets: { __typename: 'NpoFacets', wards: [], fields: [] },
        },
      },
    },
  };
}

function Where() {
  const location = useLocation();
  return <output data-testid="where">{decodeURIComponent(`${location.pathname}${location.search}`)}</output>;
}

function renderAt(path: string, mocks: unknown[]) {
  return renderWithMocks(
    <>
      <Routes>
        <Route path="/helpers" element={<HelperSearchPage />} />
        <Route path="/npos" element={<NpoSearchPage />} />
      </Routes>
      <Where />
    </>,
    mocks,
    path,
  );
}

const names = () => screen.getAllByTestId('npo-result-card').map((c) => c.querySelector('h3')?.textContent);

beforeEach(() => {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query) => ({ matches: false, media: query, addEventListener: () => undefined }) as unknown as MediaQueryList,
  );
  Element.prototype.scrollIntoView = vi.fn() as unknown as Element['scrollIntoView'];
});
afterEach(() => vi.restoreAllMocks());

describe('HelperSearchPage (/helpers)', () => {
  it('finds every kind at first, すべて chosen, each card naming a non-NPO’s kind', async () => {
    renderAt('/helpers', [search({}, null)]);
    expect(await screen.findByRole('heading', { level: 1, name: '企業・大学・団体もさがす' })).toBeTruthy();
    await screen.findByRole('heading', { level: 2, name: '3件の団体が見つかりました' });
    expect(names()).toEqual(Object.values(HELPERS).map((h) => h.npo.name));
    expect(screen.getByTestId('kind-chip-ALL').getAttribute('aria-pressed')).toBe('true');
    const company = screen.getAllByTestId('npo-result-card')[1];
    expect(within(company).getByText('企業')).toBeTruthy();
  });

  it('keeps the kinds chosen in the address and asks for them; すべて takes them away', async () => {
    renderAt('/helpers?q=ホームページ', [
      search({ query: 'ホームページ' }, null),
      search({ query: 'ホームページ' }, ['COMPANY']),
      search({ query: 'ホームページ' }, ['COMPANY', 'UNIVERSITY']),
      search({ query: 'ホームページ' }, null),
    ]);
    await screen.findByRole('heading', { level: 2, name: '3件の団体が見つかりました' });
    await userEvent.click(screen.getByTestId('kind-chip-COMPANY'));
    await screen.findByRole('heading', { level: 2, name: '1件の団体が見つかりました' });
    expect(screen.getByTestId('where').textContent).toBe('/helpers?q=ホームページ&kind=COMPANY');
    expect(names()).toEqual(['株式会社とばたウェブ工房']);
    expect(screen.getByTestId('kind-chip-ALL').getAttribute('aria-pressed')).toBe('false');

    await userEvent.click(screen.getByTestId('kind-chip-UNIVERSITY'));
    await screen.findByRole('heading', { level: 2, name: '2件の団体が見つかりました' });
    expect(screen.getByTestId('where').textContent).toBe('/helpers?q=ホームページ&kind=COMPANY&kind=UNIVERSITY');

    await userEvent.click(screen.getByTestId('kind-chip-ALL'));
    await screen.findByRole('heading', { level: 2, name: '3件の団体が見つかりました' });
    expect(screen.getByTestId('where').textContent).toBe('/helpers?q=ホームページ');
  });

  it('opens with the kinds of a shared link', async () => {
    renderAt('/helpers?kind=UNIVERSITY', [search({}, ['UNIVERSITY'])]);
    await screen.findByRole('heading', { level: 2, name: '1件の団体が見つかりました' });
    expect(screen.getByTestId('kind-chip-UNIVERSITY').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('NpoSearchPage links to /helpers', () => {
  it('offers 「企業や大学もさがす」 with the words searched, and no kind chips', async () => {
    const npos = {
      request: { query: SearchNposDocument, variables: { input: { ...everything, query: '防災' } } },
      result: {
        data: {
          searchNpos: {
            __typename: 'NpoSearchResult',
            total: 1,
            page: 1,
            pageSize: 10,
            hits: [HELPERS.NPO],
            facets: { __typename: 'NpoFacets', wards: [], fields: [] },
          },
        },
      },
    };
    renderAt('/npos?q=防災', [npos, search({ query: '防災' }, null)]);
    const link = await screen.findByRole('link', { name: '企業や大学もさがす' });
    expect(screen.queryByTestId('kind-chip-ALL')).toBeNull();
    await userEvent.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: '企業・大学・団体もさがす' })).toBeTruthy();
    expect(screen.getByTestId('where').textContent).toBe('/helpers?q=防災');
  });
});
