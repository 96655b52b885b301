import '../../i18n/i18n';
import { RegisterHelperDocument } from '@tsunagu/shared/graphql-client';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { shellMocks } from '../../app/testing/shell-mocks';
import { renderWithMocks } from '../../shared/testing/render-with-mocks';
import { HelperRegistrationPage } from './HelperRegistrationPage';

const input = {
  kind: 'COMPANY',
  name: '株式会社わかまつウェブ',
  nameKana: null,
  ward: '若松区',
  address: null,
  purpose: '自治会のホームページづくりを手伝います。',
  fields: [],
  corporateNumber: null,
  website: null,
};
const registered = {
  request: { query: RegisterHelperDocument, variables: { input } },
  result: {
    data: {
      registerHelper: {
        __typename: 'Npo',
        id: 'h-1',
        name: '株式会社わかまつウェブ',
        kind: 'COMPANY',
        status: 'PENDING_REVIEW',
      },
    },
  },
};

describe(HelperRegistrationPage.name, () => {
  it('asks to sign in first', async () => {
    renderWithMocks(<HelperRegistrationPage />, shellMocks(null), '/helpers/new');
    expect(await screen.findByText(/登録するには、ログインしてください/)).toBeTruthy();
    expect(screen.queryByTestId('helper-submit')).toBeNull();
  });

  it('lists what is missing at the top and sends nothing', async () => {
    renderWithMocks(<HelperRegistrationPage />, shellMocks('MEMBER'), '/helpers/new');
    await userEvent.click(await screen.findByTestId('helper-submit'));
    const summary = await screen.findByRole('link', { name: 'どんな団体かを選んでください' });
    expect(summary.getAttribute('href')).toBe('#helper-kind');
    expect(screen.getByRole('link', { name: '団体の名前を入れてください' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '区か住所のどちらかを入れてください' })).toBeTruthy();
  });

  it('leads an NPO to the search and its claim instead of a form', async () => {
    renderWithMocks(<HelperRegistrationPage />, shellMocks('MEMBER'), '/helpers/new');
    await userEvent.click(await screen.findByTestId('helper-kind-NPO'));
    expect(screen.getByTestId('helper-npo-search').getAttribute('href')).toBe('/npos');
    expect(screen.queryByLabelText(/団体の名前/)).toBeNull();
    expect((screen.getByTestId('helper-submit') as HTMLButtonElement).disabled).toBe(true);
  });

  it('registers a company and says the city will check it, with the way to its page', async () => {
    renderWithMocks(<HelperRegistrationPage />, [...shellMocks('MEMBER'), registered], '/helpers/new');
    await userEvent.click(await screen.findByTestId('helper-kind-COMPANY'));
    await userEvent.type(screen.getByLabelText(/団体の名前/), '株式会社わかまつウェブ');
    await userEvent.selectOptions(screen.getByLabelText(/^区/), '若松区');
    await userEvent.type(screen.getByLabelText(/できること/), '自治会のホームページづくりを手伝います。');
    await userEvent.click(screen.getByTestId('helper-submit'));
    expect((await screen.findByTestId('helper-registered')).textContent).toBe(
      '「株式会社わかまつウェブ」の登録を受けつけました。市が確認します。確認が終わるとお知らせが届きます。',
    );
    expect(screen.getByTestId('helper-page-link').getAttribute('href')).toBe('/npos/h-1');
  });
});
