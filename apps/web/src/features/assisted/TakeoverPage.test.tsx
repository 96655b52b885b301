import '../../i18n/i18n';
import { MeDocument, MyPageDocument, TakeOverAssistedGroupDocument } from '@tsunagu/shared/graphql-client';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithMocks } from '../../shared/testing/render-with-mocks';
import { meMock } from '../needs/testing/introduction-fixtures';
import { TakeoverPage } from './TakeoverPage';

const myPage = {
  request: { query: MyPageDocument },
  result: { data: { myCommunityGroups: [], myNpoClaims: [], myHelpers: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const takeOver = (result: object) => ({
  request: { query: TakeOverAssistedGroupDocument, variables: { code: 'AB12-CD34' } },
  result,
});

describe('taking over a group with the number from paper', () => {
  it('sends the number as printed, however it was typed (full-width, lower case, spaces)', async () => {
    const answer = takeOver({
      data: { takeOverAssistedGroup: { __typename: 'CommunityGroup', id: 'group-4', name: '黒崎四丁目町内会' } },
    });
    renderWithMocks(<TakeoverPage />, [meMock(MeDocument, { role: 'MEMBER' }), answer, myPage], '/takeover');
    await userEvent.type(await screen.findByLabelText(/^引き継ぎ番号/), 'ａｂ１２ cd３４');
    await userEvent.click(screen.getByRole('button', { name: '引き継ぐ' }));
    expect((await screen.findByTestId('takeover-done')).textContent).toBe(
      '黒崎四丁目町内会は、これからあなたの団体です。',
    );
    expect(screen.getByRole('link', { name: 'マイページへ' }).getAttribute('href')).toBe('/me');
  });

  it('says what is wrong with a number that is too short, and sends nothing', async () => {
    renderWithMocks(<TakeoverPage />, [meMock(MeDocument, { role: 'MEMBER' })], '/takeover');
    await userEvent.type(await screen.findByLabelText(/^引き継ぎ番号/), 'AB12-CD3');
    await userEvent.click(screen.getByRole('button', { name: '引き継ぐ' }));
    expect(await screen.findByText('番号は8文字です（例：AB12-CD34）')).toBeTruthy();
  });

  it('shows the server’s refusal and the centre as the next step', async () => {
    const refused = takeOver({ errors: [{ message: 'この番号は使えません（期限が切れています）' }] });
    renderWithMocks(<TakeoverPage />, [meMock(MeDocument, { role: 'MEMBER' }), refused], '/takeover');
    await userEvent.type(await screen.findByLabelText(/^引き継ぎ番号/), 'AB12CD34');
    await userEvent.click(screen.getByRole('button', { name: '引き継ぐ' }));
    expect((await screen.findByTestId('takeover-refused')).textContent).toBe(
      'この番号は使えません（期限が切れています）',
    );
    expect(screen.getByText(/紙をくれた市民センターにお電話ください/)).toBeTruthy();
  });

  it('asks to sign in first and comes back here', async () => {
    renderWithMocks(<TakeoverPage />, [meMock(MeDocument, null)], '/takeover');
    const signIn = await screen.findByRole('link', { name: 'ログイン' });
    expect(signIn.getAttribute('href')).toContain(encodeURIComponent('/takeover'));
  });
});
