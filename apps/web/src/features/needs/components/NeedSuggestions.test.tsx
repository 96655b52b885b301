import '../../../i18n/i18n';
import { GraphQLError } from 'graphql';
import { NeedMatchesDocument, RequestIntroductionDocument } from '@tsunagu/shared/graphql-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithMocks } from '../../../shared/testing/render-with-mocks';
import { introductionRequest } from '../testing/introduction-fixtures';
import { NeedSuggestions } from './NeedSuggestions';

const npo = (id: string, name: string, kind = 'NPO') => ({
  __typename: 'Npo' as const,
  id,
  name,
  kind,
  ward: '八幡西区',
  claimed: false,
  fields: [8],
  profile: null,
});

const matches = {
  request: { query: NeedMatchesDocument, variables: { needId: 'need-1' } },
  result: {
    data: {
      matchNposForNeed: [
        {
          __typename: 'NpoMatch',
          score: 0.9,
          reasons: ['防災の活動をしています'],
          npo: npo('npo-1', '防災ネット北九州'),
        },
        { __typename: 'NpoMatch', score: 0.8, reasons: ['八幡西区の団体です'], npo: npo('npo-2', 'くろさき見守り隊') },
      ],
    },
  },
};

function renderSuggestions(mocks: unknown[], asked = new Map()) {
  return renderWithMocks(<NeedSuggestions needId="need-1" offered={new Set()} asked={asked} />, [matches, ...mocks]);
}

const card = async (name: string) =>
  (await screen.findAllByTestId('suggested-npo')).find((c) => c.textContent?.includes(name)) as HTMLElement;

describe('NeedSuggestions: asking a suggested NPO', () => {
  it('asks an NPO without an account and says, in place, what happens next', async () => {
    const answer = introductionRequest({ npoId: 'npo-1', npoName: '防災ネット北九州' });
    renderSuggestions([
      {
        request: { query: RequestIntroductionDocument, variables: { needId: 'need-1', npoId: 'npo-1' } },
        result: { data: { requestIntroduction: answer } },
      },
    ]);
    const first = await card('防災ネット北九州');
    await userEvent.click(within(first).getByRole('button', { name: '防災ネット北九州に申し出をお願いする' }));

    const status = await within(first).findByText('市の担当者がNPOにお伝えします');
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(within(first).getByTestId('introduction-next-step')).toHaveProperty('textContent', answer.nextStep);
    expect(within(first).queryByRole('button')).toBeNull();
    expect(within(first).queryByRole('alert')).toBeNull();
    // The other NPO still has its button.
    expect(within(await card('くろさき見守り隊')).getByRole('button')).toBeTruthy();
  });

  it('shows the status of an NPO asked before instead of the button', async () => {
    const asked = new Map([
      [
        'npo-2',
        introductionRequest({ id: 'req-2', npoId: 'npo-2', status: 'FORWARDED', statusLabel: 'お伝えしました' }),
      ],
    ]);
    renderSuggestions([], asked);
    const second = await card('くろさき見守り隊');
    expect(within(second).getByText('お伝えしました')).toBeTruthy();
    expect(within(second).queryByRole('button')).toBeNull();
    expect(within(await card('防災ネット北九州')).getByRole('button', { name: /申し出をお願いする/ })).toBeTruthy();
  });

  it('says the server’s words when a request is refused, and keeps the button', async () => {
    renderSuggestions([
      {
        request: { query: RequestIntroductionDocument, variables: { needId: 'need-1', npoId: 'npo-1' } },
        result: {
          errors: [new GraphQLError('この募集は、もう締め切りました。', { extensions: { code: 'BAD_USER_INPUT' } })],
        },
      },
    ]);
    const first = await card('防災ネット北九州');
    await userEvent.click(within(first).getByRole('button', { name: /申し出をお願いする/ }));
    expect((await within(first).findByRole('alert')).textContent).toBe('この募集は、もう締め切りました。');
    expect(within(first).getByRole('button', { name: /申し出をお願いする/ })).toBeTruthy();
  });
});

describe('NeedSuggestions: NPOs only, or companies and universities too', () => {
  const company = {
    __typename: 'NpoMatch',
    score: 0.95,
    reasons: ['企業です（地域のために活動しているチーム）', '「ホームページ」に取り組んでいます'],
    npo: npo('co-1', '株式会社とばたウェブ工房', 'COMPANY'),
  };
  const everyKind = {
    request: { query: NeedMatchesDocument, variables: { needId: 'need-1' } },
    result: { data: { matchNposForNeed: [company, ...matches.result.data.matchNposForNeed] } },
  };
  const nposOnly = {
    request: { query: NeedMatchesDocument, variables: { needId: 'need-1', kinds: ['NPO'] } },
    result: matches.result,
  };

  it('suggests every kind at first, each naming its kind, and asks a company the same way', async () => {
    renderWithMocks(<NeedSuggestions needId="need-1" offered={new Set()} asked={new Map()} />, [everyKind]);
    const first = await card('株式会社とばたウェブ工房');
    expect(within(first).getByTestId('suggested-kind').textContent).toBe('企業 · 八幡西区');
    expect(within(await card('防災ネット北九州')).getByTestId('suggested-kind').textContent).toContain('NPO法人');
    expect(within(first).getByRole('button', { name: '株式会社とばたウェブ工房に申し出をお願いする' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '企業・大学も' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'NPOだけ' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('asks for NPOs only on 「NPOだけ」 and back for every kind on 「企業・大学も」', async () => {
    renderWithMocks(<NeedSuggestions needId="need-1" offered={new Set()} asked={new Map()} />, [
      everyKind,
      nposOnly,
      everyKind,
    ]);
    await card('株式会社とばたウェブ工房');
    await userEvent.click(screen.getByRole('button', { name: 'NPOだけ' }));
    await waitFor(() =>
      expect(screen.getAllByTestId('suggested-npo').map((c) => c.querySelector('h3')?.textContent)).toEqual([
        '防災ネット北九州',
        'くろさき見守り隊',
      ]),
    );
    expect(screen.getByRole('button', { name: 'NPOだけ' }).getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: '企業・大学も' }));
    expect(await card('株式会社とばたウェブ工房')).toBeTruthy();
  });
});

describe('NeedSuggestions in English', () => {
  afterEach(() => void i18n.changeLanguage('ja'));

  it('names the ward and lists the kinds of help in English', async () => {
    await i18n.changeLanguage('en');
    const withKinds = {
      request: matches.request,
      result: {
        data: {
          matchNposForNeed: [
            {
              __typename: 'NpoMatch',
              score: 0.9,
              reasons: ['Works on disaster relief'],
              npo: {
                ...npo('npo-1', 'Bousai Net'),
                profile: { __typename: 'NpoProfile', introduction: null, helpKinds: ['LECTURER', 'ADVICE'] },
              },
            },
          ],
        },
      },
    };
    renderWithMocks(<NeedSuggestions needId="need-1" offered={new Set()} asked={new Map()} />, [withKinds]);
    const first = await card('Bousai Net');
    expect(first.textContent).toContain('Yahatanishi Ward');
    expect(first.textContent).toContain('Lecturer or instructor, Know-how and advice');
    expect(first.textContent).toContain('How it can help: ');
    expect(first.textContent).not.toMatch(/[、：区]/);
  });
});
