import {
  MeDocument,
  OutreachEntryConfirmationsDocument,
  OutreachFunnelDocument,
  OutreachLetterJobsDocument,
  OutreachQueueDocument,
} from '@tsunagu/shared/graphql-client';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OutreachPage } from './OutreachPage';
import { renderWithMocks } from './outreach-test-utils';

const me = (role: 'MEMBER' | 'STAFF') => ({
  request: { query: MeDocument },
  result: { data: { me: { __typename: 'User', id: 'u1', email: 'a@example.jp', displayName: '山本', role } } },
});

// A city on the day the service opens: nobody waits yet, nothing was printed or confirmed.
const emptyCity = [
  {
    request: { query: OutreachQueueDocument, variables: { status: null } },
    result: { data: { introductionRequests: [] } },
  },
  { request: { query: OutreachLetterJobsDocument }, result: { data: { invitationLetterJobs: [] } } },
  {
    request: { query: OutreachFunnelDocument },
    result: {
      data: {
        npoOutreachFunnel: {
          __typename: 'OutreachFunnel',
          city: { __typename: 'OutreachFunnelRow', ward: null, steps: [] },
          wards: [],
        },
      },
    },
  },
  { request: { query: OutreachEntryConfirmationsDocument }, result: { data: { npoEntryConfirmations: [] } } },
];

describe(OutreachPage.name, () => {
  it('tells someone who is not staff that the page is for city staff, with a way to sign in', async () => {
    renderWithMocks(<OutreachPage />, [me('MEMBER')]);
    expect(await screen.findByRole('heading', { level: 1, name: 'NPOへのおつなぎ' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ログイン' }).getAttribute('href')).toBe('/login?next=%2Fstaff%2Foutreach');
    expect(screen.queryByRole('navigation', { name: 'このページの中' })).toBeNull();
  });

  it('shows staff the four sections, linked from the top of the page, and says when nobody waits', async () => {
    renderWithMocks(<OutreachPage />, [me('STAFF'), ...emptyCity]);
    const nav = await screen.findByRole('navigation', { name: 'このページの中' });
    const targets = [...nav.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(targets).toEqual(['#outreach-queue', '#outreach-letters', '#outreach-funnel', '#outreach-confirmations']);
    for (const id of targets) expect(document.getElementById(id?.slice(1) ?? '')?.tagName).toBe('H2');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'おつなぎを待っている団体',
      '手紙を作る',
      '数字で見る',
      '掲載内容の確認',
    ]);
    expect(await screen.findByText('いま待っているお願いはありません。')).toBeTruthy();
  });
});
