import '../../../i18n/i18n';
import {
  ConfirmNpoEntryDocument,
  NpoEntryConfirmationOfNpoDocument,
  WaitingIntroductionsForNpoDocument,
} from '@tsunagu/shared/graphql-client';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithMocks } from '../../../shared/testing/render-with-mocks';
import { introductionRequest } from '../../needs/testing/introduction-fixtures';
import { NpoEntryCheck } from './NpoEntryCheck';
import { NpoWaitingRequests } from './NpoWaitingRequests';

const confirmation = (outcome: 'CONFIRMED' | 'CORRECTED', note: string | null) => ({
  request: { query: ConfirmNpoEntryDocument, variables: { npoId: 'npo-7', outcome, note } },
  result: {
    data: {
      confirmNpoEntry: {
        __typename: 'NpoEntryConfirmation',
        id: 'c-1',
        npoId: 'npo-7',
        outcome,
        note,
        createdAt: '2026-06-02T00:00:00.000Z',
      },
    },
  },
});

const withApollo = (mocks: unknown[], ui: React.ReactNode) => renderWithMocks(ui, mocks);

describe('an NPO member on their NPO page', () => {
  it('sees the groups waiting for the NPO, oldest first, each with one tap to offer', async () => {
    withApollo(
      [
        {
          request: { query: WaitingIntroductionsForNpoDocument, variables: { npoId: 'npo-7' } },
          result: {
            data: {
              waitingIntroductionsForNpo: [
                introductionRequest({
                  id: 'b',
                  needId: 'need-b',
                  needTitle: '後の募集',
                  requestedAt: '2026-06-01T00:00:00Z',
                }),
                introductionRequest({
                  id: 'a',
                  needId: 'need-a',
                  needTitle: '先の募集',
                  requestedAt: '2026-05-01T00:00:00Z',
                }),
              ],
            },
          },
        },
      ],
      <NpoWaitingRequests npoId="npo-7" />,
    );
    const items = await screen.findAllByTestId('waiting-request');
    expect(items.map((i) => within(i).getByRole('heading').textContent)).toEqual(['先の募集', '後の募集']);
    expect(within(items[0]).getByRole('link', { name: '「先の募集」に申し出る' }).getAttribute('href')).toBe(
      '/needs/need-a?as=npo-7',
    );
  });

  it('confirms the data-book entry as it is, and is thanked', async () => {
    withApollo([confirmation('CONFIRMED', null)], <NpoEntryCheck npoId="npo-7" />);
    await userEvent.click(screen.getByRole('button', { name: 'このままでよい' }));
    const thanks = await screen.findByTestId('npo-entry-thanks');
    expect(thanks.textContent).toBe('ご確認ありがとうございました。市の担当者に伝えました。');
    expect(thanks.closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'このままでよい' })).toBeNull();
  });

  it('says what needs fixing (a note is needed), with the way to the profile edit page', async () => {
    withApollo([confirmation('CORRECTED', '代表者が変わりました')], <NpoEntryCheck npoId="npo-7" />);
    await userEvent.click(screen.getByRole('button', { name: '直すところがある' }));
    expect(screen.getByRole('link', { name: '団体の紹介は、ここから直せます' }).getAttribute('href')).toBe(
      '/npos/npo-7/edit',
    );
    await userEvent.click(screen.getByRole('button', { name: '直すところを送る' }));
    expect(screen.getByText('直してほしいところを書いてください')).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/直してほしいところ/), '代表者が変わりました');
    await userEvent.click(screen.getByRole('button', { name: '直すところを送る' }));
    expect((await screen.findByTestId('npo-entry-thanks')).textContent).toBe(
      '直すところを市の担当者に伝えました。ありがとうございました。',
    );
  });

  it('answered before: says when and what, and asks again only when the member chooses to', async () => {
    const answered = {
      request: { query: NpoEntryConfirmationOfNpoDocument, variables: { npoId: 'npo-7' } },
      result: {
        data: {
          npoEntryConfirmation: {
            __typename: 'NpoEntryConfirmation',
            id: 'c-0',
            outcome: 'CONFIRMED',
            createdAt: '2026-05-10T03:00:00.000Z',
            confirmedByName: '佐藤 花子',
          },
        },
      },
    };
    withApollo([answered], <NpoEntryCheck npoId="npo-7" />);
    expect((await screen.findByTestId('npo-entry-answered')).textContent).toBe(
      '2026年5月10日（日）に「このままでよい」と答えていただきました。',
    );
    expect(screen.queryByRole('button', { name: 'このままでよい' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'もう一度答える' }));
    expect(screen.getByRole('button', { name: 'このままでよい' })).toBeTruthy();
  });
});
