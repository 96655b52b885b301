import '../../../i18n/i18n';
import { PendingHelpersDocument, RefuseHelperDocument, VerifyHelperDocument } from '@tsunagu/shared/graphql-client';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithMocks } from '../../../shared/testing/render-with-mocks';
import { PendingHelpersSection } from './PendingHelpersSection';

const pending = (items: unknown[]) => ({
  request: { query: PendingHelpersDocument },
  result: { data: { pendingHelpers: items } },
});
const helper = {
  __typename: 'PendingHelper',
  npo: {
    __typename: 'Npo',
    id: 'h-1',
    name: '若松ITボランティアの会',
    kind: 'OTHER',
    ward: '若松区',
    address: null,
    purpose: 'パソコンやスマホの使い方を教えます。',
  },
  source: 'REGISTRATION',
  registrantName: '若松 花子',
  registrantEmail: 'helper@example.jp',
  registeredAt: '2026-12-01T01:00:00.000Z',
};

describe(PendingHelpersSection.name, () => {
  it('shows who registered each one (private, for staff) and verifies it with one press', async () => {
    const verified = {
      request: { query: VerifyHelperDocument, variables: { id: 'h-1' } },
      result: { data: { verifyHelper: { __typename: 'Npo', id: 'h-1', status: 'ACTIVE' } } },
    };
    renderWithMocks(<PendingHelpersSection />, [pending([helper]), verified, pending([])]);
    const list = await screen.findByTestId('pending-helpers');
    const item = await within(list).findByRole('listitem');
    expect(item.textContent).toContain('若松ITボランティアの会');
    expect(item.textContent).toContain('団体');
    expect(item.textContent).toContain('若松 花子');
    expect(item.textContent).toContain('helper@example.jp');
    await userEvent.click(within(item).getByRole('button', { name: '「若松ITボランティアの会」を確認した' }));
    expect(await screen.findByText('確認待ちはありません。')).toBeTruthy();
  });

  it('refuses only with a reason, and sends the reason', async () => {
    const refused = {
      request: { query: RefuseHelperDocument, variables: { id: 'h-1', reason: '活動の様子を確認できませんでした' } },
      result: { data: { refuseHelper: { __typename: 'Npo', id: 'h-1', status: 'REFUSED' } } },
    };
    renderWithMocks(<PendingHelpersSection />, [pending([helper]), refused, pending([])]);
    await userEvent.click(await screen.findByTestId('helper-refuse'));
    await userEvent.click(screen.getByTestId('helper-refuse'));
    expect(await screen.findByText('理由を書いてください')).toBeTruthy();
    await userEvent.type(screen.getByTestId('helper-refusal-reason'), '活動の様子を確認できませんでした');
    await userEvent.click(screen.getByTestId('helper-refuse'));
    expect(await screen.findByText('確認待ちはありません。')).toBeTruthy();
  });
});
