import '../../i18n/i18n';
import { CityOfficeDocument, MeDocument, SearchNeedsDocument } from '@tsunagu/shared/graphql-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithMocks } from '../../shared/testing/render-with-mocks';
import { NeedSearchPage } from './NeedSearchPage';
import { meMock } from './testing/introduction-fixtures';

const need = {
  __typename: 'Need',
  id: 'need-1',
  title: 'シニア向けスマホ教室の先生を探しています',
  helpKind: 'LECTURER',
  ward: '門司区',
  place: null,
  startsOn: null,
  endsOn: null,
  deadline: null,
  status: 'PUBLISHED',
  offerCount: 0,
  fields: [14],
  publishedAt: '2026-11-01T00:00:00.000Z',
  group: { __typename: 'CommunityGroup', id: 'group-1', name: '門司港三丁目自治会', ward: '門司区' },
};

function search(input: { query?: string; helpKinds?: string[] }, hits: (typeof need)[]) {
  return {
    request: {
      query: SearchNeedsDocument,
      variables: {
        input: {
          query: input.query ?? null,
          wards: null,
          helpKinds: input.helpKinds ?? null,
          from: null,
          to: null,
          page: 1,
          pageSize: 20,
        },
      },
    },
    result: { data: { searchNeeds: { __typename: 'NeedSearchResult', total: hits.length, hits } } },
  };
}

const cityOffice = {
  request: { query: CityOfficeDocument },
  result: {
    data: {
      cityOffice: { __typename: 'CityOffice', name: '北九州市 地域・人づくり部', phone: '093-582-2111', hours: '平日' },
    },
  },
};

function renderSearch(path: string, mocks: unknown[]) {
  return renderWithMocks(
    <Routes>
      <Route path="/needs" element={<NeedSearchPage />} />
    </Routes>,
    [meMock(MeDocument, null), ...mocks],
    path,
  );
}

beforeEach(() => {
  localStorage.clear();
  Element.prototype.scrollIntoView = vi.fn();
});

describe('NeedSearchPage', () => {
  it('nothing found: the words searched, a button that drops the filters, and writing a need', async () => {
    renderSearch('/needs?q=スマホ&kind=EQUIPMENT', [
      search({ query: 'スマホ', helpKinds: ['EQUIPMENT'] }, []),
      search({ query: 'スマホ' }, [need]),
      cityOffice,
    ]);
    const none = await screen.findByTestId('search-none');
    expect(within(none).getByText('「スマホ」では見つかりませんでした')).toBeTruthy();
    expect(within(none).getByRole('link', { name: '募集を書く' }).getAttribute('href')).toBe('/needs/new');
    await userEvent.click(within(none).getByRole('button', { name: 'しぼりこみを外して探す' }));
    expect(await screen.findByText('シニア向けスマホ教室の先生を探しています')).toBeTruthy();
    expect(screen.queryByTestId('search-none')).toBeNull();
  });

  it('after 検索 the focus is on the results, which say how many', async () => {
    renderSearch('/needs', [search({}, []), search({ query: 'スマホ' }, [need])]);
    await screen.findByTestId('search-none');
    await userEvent.type(screen.getByTestId('need-search-input'), 'スマホ');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement?.id).toBe('need-results-title'));
    expect(document.activeElement?.textContent).toBe('1件の募集があります');
    expect(screen.getByTestId('search-announcement').textContent).toBe('1件 見つかりました');
  });
});
