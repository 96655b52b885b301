import '../../i18n/i18n';
import { SaveSupportSchemeDocument, StaffSupportSchemesDocument } from '@tsunagu/shared/graphql-client';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithMocks } from '../../shared/testing/render-with-mocks';
import { StaffSchemesPage } from './StaffSchemesPage';
import { aScheme } from './testing/scheme-fixtures';

const concepts = [
  {
    __typename: 'CivicConcept',
    id: 'publicity-online',
    labelJa: 'ホームページ・SNSでの発信',
    labelEn: 'websites and social media',
  },
  { __typename: 'CivicConcept', id: 'housing', labelJa: '住まい', labelEn: 'housing' },
];
const page = (schemes: unknown[]) => ({
  request: { query: StaffSupportSchemesDocument },
  result: { data: { supportSchemes: schemes, civicConcepts: concepts } },
});

describe('StaffSchemesPage', () => {
  it('lists the schemes with the retired ones marked, and a way back for them', async () => {
    renderWithMocks(
      <StaffSchemesPage />,
      [page([aScheme(), aScheme({ id: 'scheme-2', name: 'マンション管理士派遣', active: false })])],
      '/staff/schemes',
    );
    const cards = await screen.findAllByTestId('staff-scheme');
    expect(within(cards[0] as HTMLElement).getByText('掲載中')).toBeTruthy();
    expect(within(cards[1] as HTMLElement).getByText('掲載をやめています')).toBeTruthy();
    expect(
      within(cards[1] as HTMLElement).getByRole('button', { name: 'マンション管理士派遣の掲載を再開する' }),
    ).toBeTruthy();
    expect(
      within(cards[0] as HTMLElement).getByRole('button', { name: '課題解決型地域づくり事業の掲載をやめる' }),
    ).toBeTruthy();
  });

  it('says what is missing before sending, and sends a new scheme with the topics chosen by label', async () => {
    const input = {
      id: null,
      name: '新しい制度',
      summary: '専門家を派遣します。',
      eligibility: '自治会',
      howToApply: '電話で申し込みます。',
      officeName: '地域振興課',
      officePhone: '093-000-2150',
      officeUrl: null,
      keywords: null,
      concepts: ['publicity-online'],
      fields: [],
    };
    renderWithMocks(
      <StaffSchemesPage />,
      [
        page([]),
        {
          request: { query: SaveSupportSchemeDocument, variables: { input } },
          result: { data: { saveSupportScheme: aScheme({ id: 'scheme-9', name: '新しい制度', fields: [] }) } },
        },
        page([aScheme({ id: 'scheme-9', name: '新しい制度' })]),
      ],
      '/staff/schemes',
    );
    await userEvent.click(await screen.findByTestId('scheme-add'));
    await userEvent.click(screen.getByTestId('scheme-save'));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('「制度の名前」を書いてください。');
    expect(summary.textContent).toContain('どんな困りごとに使えるか、または活動分野を、一つ以上選んでください。');

    await userEvent.type(screen.getByTestId('scheme-name'), input.name);
    await userEvent.type(screen.getByTestId('scheme-summary'), input.summary);
    await userEvent.type(screen.getByTestId('scheme-eligibility'), input.eligibility);
    await userEvent.type(screen.getByTestId('scheme-howToApply'), input.howToApply);
    await userEvent.type(screen.getByTestId('scheme-officeName'), input.officeName);
    await userEvent.type(screen.getByTestId('scheme-officePhone'), input.officePhone);
    await userEvent.click(screen.getByRole('checkbox', { name: 'ホームページ・SNSでの発信' }));
    await userEvent.click(screen.getByTestId('scheme-save'));
    expect(await screen.findByText('保存しました。')).toBeTruthy();
    expect(screen.queryByTestId('scheme-form')).toBeNull();
  });
});
