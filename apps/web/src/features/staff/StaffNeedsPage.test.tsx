import '../../i18n/i18n';
import { StaffNeedsDocument } from '@tsunagu/shared/graphql-client';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithMocks } from '../../shared/testing/render-with-mocks';
import { StaffNeedsPage } from './StaffNeedsPage';

const need = (i: number) => ({
  __typename: 'Need',
  id: `need-${i}`,
  title: `募集 ${i}`,
  helpKind: 'VOLUNTEERS',
  ward: '八幡西区',
  place: null,
  startsOn: null,
  endsOn: null,
  deadline: '2026-12-24',
  status: 'PUBLISHED',
  offerCount: 0,
  fields: [3],
  publishedAt: '2026-12-01T01:00:00.000Z',
  group: { __typename: 'CommunityGroup', id: 'g1', name: '黒崎三丁目自治会', ward: '八幡西区' },
  hidden: false,
});

describe('staff list of needs', () => {
  it('shows the newest 30 of a year of needs, and the next ones on request', async () => {
    renderWithMocks(<StaffNeedsPage />, [
      {
        request: { query: StaffNeedsDocument, variables: { ward: null, unansweredOnly: false } },
        result: { data: { staffNeeds: Array.from({ length: 35 }, (_, i) => need(i + 1)) } },
      },
    ]);
    expect(await screen.findByText('募集 30')).toBeTruthy();
    expect(screen.queryByText('募集 31')).toBeNull();
    expect(screen.getByTestId('staff-needs-count').textContent).toContain('35');
    await userEvent.click(screen.getByRole('button', { name: '次の5件を見る（残り5件）' }));
    expect(screen.getByText('募集 35')).toBeTruthy();
    expect(screen.queryByTestId('staff-needs-more')).toBeNull();
  });
});
