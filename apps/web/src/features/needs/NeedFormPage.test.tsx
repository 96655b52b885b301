import '../../i18n/i18n';
import {
  MeDocument,
  NeedFormDocument,
  NeedFormDraftsDocument,
  NpoNameDocument,
  RequestIntroductionDocument,
} from '@tsunagu/shared/graphql-client';
import { act, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useNeedAsk } from './hooks/useNeedAsk';
import { keptAsk, NEW_NEED } from './need-ask';
import { MockedApp, renderWithMocks } from '../../shared/testing/render-with-mocks';
import { NeedFormPage } from './NeedFormPage';
import { introductionRequest, meMock } from './testing/introduction-fixtures';

const NPO_ID = '3f1c2b7e-9a4d-4c1e-8b2a-1d2e3f4a5b6c';

const npoName = {
  request: { query: NpoNameDocument, variables: { id: NPO_ID } },
  result: {
    data: {
      npo: { __typename: 'Npo', id: NPO_ID, name: 'NPO法人 防災ネット北九州', ward: '八幡西区', viewerCanEdit: false },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const groups = (status: 'VERIFIED' | 'PENDING' | null) => ({
  request: { query: NeedFormDocument },
  result: {
    data: {
      myCommunityGroups: status
        ? [{ __typename: 'CommunityGroup', id: 'group-1', name: '黒崎三丁目自治会', ward: '八幡西区', status }]
        : [],
    },
  },
});

function Where() {
  const location = useLocation();
  return <output data-testid="where">{location.pathname + location.search}</output>;
}

const noDrafts = {
  request: { query: NeedFormDraftsDocument },
  result: { data: { myNeeds: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderForm(path: string, mocks: unknown[]) {
  return renderWithMocks(
    <>
      <Routes>
        <Route path="/needs/new" element={<NeedFormPage />} />
      </Routes>
      <Where />
    </>,
    [noDrafts, ...mocks],
    path,
  );
}

beforeEach(() => localStorage.clear());

describe('the need form opened from an NPO page (?ask=)', () => {
  it('names the NPO near the top: 「〇〇にお願いします」', async () => {
    renderForm(`/needs/new?ask=${NPO_ID}`, [meMock(MeDocument, { role: 'MEMBER' }), groups('VERIFIED'), npoName]);
    const banner = await screen.findByTestId('ask-banner');
    expect(banner.textContent).toContain('NPO法人 防災ネット北九州にお願いします');
    expect(banner.textContent).toContain('市の担当者がお伝えします');
    // …above the form itself.
    const title = screen.getByTestId('need-title');
    expect(banner.compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('asks nobody once the officer says so', async () => {
    renderForm(`/needs/new?ask=${NPO_ID}`, [meMock(MeDocument, { role: 'MEMBER' }), groups('VERIFIED'), npoName]);
    await userEvent.click(await screen.findByRole('button', { name: 'この団体にはお願いしない' }));
    expect(screen.queryByTestId('ask-banner')).toBeNull();
    expect(screen.getByTestId('where').textContent).toBe('/needs/new');
  });

  it('without a verified group, keeps the ask on this device for when the group can write', async () => {
    renderForm(`/needs/new?ask=${NPO_ID}`, [meMock(MeDocument, { role: 'MEMBER' }), groups('PENDING'), npoName]);
    expect((await screen.findByTestId('ask-banner')).textContent).toContain('この端末で覚えておきます');
    expect(keptAsk(NEW_NEED)).toBe(NPO_ID);
  });

  it('an address without ?ask= but with a kept ask shows it again', async () => {
    localStorage.setItem('tsunagu.needAsks', JSON.stringify({ [NEW_NEED]: NPO_ID }));
    renderForm('/needs/new', [meMock(MeDocument, { role: 'MEMBER' }), groups('VERIFIED'), npoName]);
    expect((await screen.findByTestId('ask-banner')).textContent).toContain('NPO法人 防災ネット北九州');
  });
});

describe('useNeedAsk: asking the NPO once the need is published', () => {
  const wrapper =
    (mocks: unknown[]) =>
    ({ children }: { children: ReactNode }) => (
      <MockedApp mocks={mocks} route={`/needs/new?ask=${NPO_ID}`}>
        {children}
      </MockedApp>
    );
  const request = (result: object) => ({
    request: { query: RequestIntroductionDocument, variables: { needId: 'need-9', npoId: NPO_ID } },
    result,
  });

  it('sends requestIntroduction for the published need and forgets the kept ask', async () => {
    localStorage.setItem('tsunagu.needAsks', JSON.stringify({ 'need-9': NPO_ID }));
    const answer = introductionRequest({ needId: 'need-9', npoId: NPO_ID });
    const { result } = renderHook(() => useNeedAsk({ editId: null, needId: 'need-9', keepForLater: false }), {
      wrapper: wrapper([npoName, request({ data: { requestIntroduction: answer } })]),
    });
    await vi.waitFor(() => expect(result.current.npoName).toBe('NPO法人 防災ネット北九州'));
    let asked = false;
    await act(async () => {
      asked = await result.current.askAfterPublish('need-9');
    });
    expect(asked).toBe(true);
    expect(keptAsk('need-9')).toBeNull();
  });

  it('says so when the request failed, and keeps the ask for trying again', async () => {
    const { result } = renderHook(() => useNeedAsk({ editId: null, needId: 'need-9', keepForLater: false }), {
      wrapper: wrapper([npoName, request({ errors: [{ message: '少し時間をおいてください。' }] })]),
    });
    await vi.waitFor(() => expect(result.current.npoName).toBe('NPO法人 防災ネット北九州'));
    let asked = true;
    await act(async () => {
      asked = await result.current.askAfterPublish('need-9');
    });
    expect(asked).toBe(false);
    expect(keptAsk('need-9')).toBe(NPO_ID);
  });
});

describe('the need form opened from a centre’s desk (?group=)', () => {
  it('writes for the group asked for, not the first one, with its ward', async () => {
    const twoGroups = {
      request: { query: NeedFormDocument },
      result: {
        data: {
          myCommunityGroups: [
            {
              __typename: 'CommunityGroup',
              id: 'group-1',
              name: '黒崎三丁目自治会',
              ward: '八幡西区',
              status: 'VERIFIED',
            },
            {
              __typename: 'CommunityGroup',
              id: 'group-4',
              name: '若松二丁目町内会',
              ward: '若松区',
              status: 'VERIFIED',
            },
          ],
        },
      },
    };
    renderForm('/needs/new?group=group-4', [meMock(MeDocument, { role: 'MEMBER' }), twoGroups]);
    const group = (await screen.findByTestId('need-group')) as HTMLSelectElement;
    expect(group.value).toBe('group-4');
    expect(screen.getByRole('option', { name: '若松二丁目町内会（若松区）', selected: true })).toBeTruthy();
  });
});
