import '../../i18n/i18n';
import { GraphQLError } from 'graphql';
import { ClaimCodePreviewDocument, ClaimNpoWithCodeDocument, MeDocument } from '@tsunagu/shared/graphql-client';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { introductionRequest, meMock } from '../needs/testing/introduction-fixtures';
import { renderWithMocks } from '../../shared/testing/render-with-mocks';
import { cityOfficeMock } from '../../shared/testing/city-office-mock';
import { ClaimPage } from './ClaimPage';
import { pendingClaimCode } from './pending-claim-code';

const CODE = 'K7PD-R2XM';

const preview = {
  request: { query: ClaimCodePreviewDocument, variables: { code: CODE } },
  result: {
    data: {
      claimCodePreview: {
        __typename: 'ClaimCodePreview',
        npoId: 'npo-7',
        npoName: 'NPO法人 まちの灯',
        npoWard: '八幡西区',
        waitingRequests: 2,
      },
    },
  },
};

function renderClaim(path: string, mocks: unknown[]) {
  return renderWithMocks(
    <Routes>
      <Route path="/claim" element={<ClaimPage />} />
      <Route path="/claim/:code" element={<ClaimPage />} />
    </Routes>,
    mocks,
    path,
  );
}

beforeEach(() => localStorage.clear());

describe('ClaimPage: an NPO takes over its page with the letter’s code', () => {
  it('shows which NPO the code is for and, signed in, the groups waiting oldest first after claiming', async () => {
    // The server's list comes newest first here: the page still shows the longest wait first.
    const newer = introductionRequest({
      id: 'req-new',
      needId: 'need-new',
      needTitle: '夏祭りの見守り',
      groupName: '黒崎三丁目自治会',
      requestedAt: '2026-06-01T00:00:00.000Z',
    });
    const older = introductionRequest({
      id: 'req-old',
      needId: 'need-old',
      needTitle: '防災訓練の講師',
      groupName: '折尾まちづくり協議会',
      requestedAt: '2026-04-20T00:00:00.000Z',
    });
    renderClaim('/claim/k7pd-r2xm', [
      meMock(MeDocument, { role: 'MEMBER' }),
      preview,
      {
        request: { query: ClaimNpoWithCodeDocument, variables: { code: CODE } },
        result: {
          data: {
            claimNpoWithCode: {
              __typename: 'ClaimWithCodeResult',
              npoId: 'npo-7',
              npoName: 'NPO法人 まちの灯',
              waitingRequests: [newer, older],
            },
          },
        },
      },
    ]);

    const shown = await screen.findByTestId('claim-preview');
    expect(shown.textContent).toContain('NPO法人 まちの灯（八幡西区）のページを受け取ります。');
    expect(shown.textContent).toContain('待っている地域の団体：2件');

    // The preview and the signed-in person arrive as two answers, in either order.
    await userEvent.click(await screen.findByRole('button', { name: 'この団体のメンバーになる' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'NPO法人 まちの灯のメンバーになりました' }),
    ).toBeTruthy();
    const items = within(screen.getByTestId('waiting-requests')).getAllByTestId('waiting-request');
    expect(items.map((i) => within(i).getByRole('heading').textContent)).toEqual(['防災訓練の講師', '夏祭りの見守り']);
    expect(within(items[0]).getByText('折尾まちづくり協議会（八幡西区）')).toBeTruthy();
    const offer = within(items[0]).getByRole('link', { name: '「防災訓練の講師」に申し出る' });
    expect(offer.getAttribute('href')).toBe('/needs/need-old?as=npo-7');
    expect(screen.getByTestId('claim-status').textContent).toContain('古い順');
  });

  it('not signed in: two big choices that both come back to the code, kept for sign-up', async () => {
    renderClaim(`/claim/${CODE}`, [meMock(MeDocument, null), preview]);
    await screen.findByTestId('claim-preview');
    const signUp = await screen.findByRole('link', { name: 'はじめての方（アカウントを作る）' });
    const signIn = screen.getByRole('link', { name: 'アカウントをお持ちの方（ログイン）' });
    expect(signUp.getAttribute('href')).toBe('/signup');
    expect(signIn.getAttribute('href')).toBe(`/login?next=${encodeURIComponent(`/claim/${CODE}`)}`);
    expect(screen.queryByRole('button', { name: 'この団体のメンバーになる' })).toBeNull();
    expect(pendingClaimCode()).toBe(CODE);
  });

  it('a refused code shows the server’s words and the city’s phone number', async () => {
    renderClaim(`/claim/${CODE}`, [
      meMock(MeDocument, { role: 'MEMBER' }),
      {
        request: { query: ClaimCodePreviewDocument, variables: { code: CODE } },
        result: {
          errors: [new GraphQLError('この番号は期限が切れています。', { extensions: { code: 'BAD_USER_INPUT' } })],
        },
      },
      cityOfficeMock,
    ]);
    expect((await screen.findByTestId('claim-refused')).textContent).toBe('この番号は期限が切れています。');
    expect((await screen.findByTestId('city-office-phone')).textContent).toBe('093-582-2111');
    expect(screen.getByRole('link', { name: '市の担当者に電話する' }).getAttribute('href')).toBe('tel:0935822111');
    expect(screen.queryByRole('button', { name: 'この団体のメンバーになる' })).toBeNull();
  });

  it('/claim: one big field for the code, then the code’s page', async () => {
    renderClaim('/claim', [meMock(MeDocument, null), preview]);
    await userEvent.click(screen.getByRole('button', { name: '次へ' }));
    expect(screen.getByText('お手紙にある番号を入れてください')).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/お手紙にある番号/), 'ｋ７ｐｄ－ｒ２ｘｍ');
    await userEvent.click(screen.getByRole('button', { name: '次へ' }));
    expect((await screen.findByTestId('claim-preview')).textContent).toContain('NPO法人 まちの灯');
  });
});
