import '../../../i18n/i18n';
import { NeedSchemesDocument } from '@tsunagu/shared/graphql-client';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMocks } from '../../../shared/testing/render-with-mocks';
import { aPublicScheme } from '../testing/scheme-fixtures';
import { SchemeSuggestions } from './SchemeSuggestions';

const answer = (fits: unknown[]) => ({
  request: { query: NeedSchemesDocument, variables: { needId: 'need-1' } },
  result: { data: { matchSchemesForNeed: fits } },
});

describe('SchemeSuggestions', () => {
  it('shows 「市の制度も使えます」 with each fitting scheme, why it fits and the office’s phone', async () => {
    renderWithMocks(<SchemeSuggestions needId="need-1" />, [
      answer([
        {
          __typename: 'SchemeMatch',
          reasons: ['『ホームページ・SNSでの発信』に使える制度です（募集の「お知らせ」）'],
          scheme: aPublicScheme(),
        },
      ]),
    ]);
    const section = await screen.findByTestId('scheme-suggestions');
    expect(within(section).getByRole('heading', { level: 2, name: '市の制度も使えます' })).toBeTruthy();
    const card = within(section).getByTestId('scheme-card');
    expect(within(card).getByRole('heading', { level: 3, name: '課題解決型地域づくり事業' })).toBeTruthy();
    expect(within(card).getByTestId('scheme-reasons').textContent).toContain(
      '『ホームページ・SNSでの発信』に使える制度です（募集の「お知らせ」）',
    );
    expect(within(card).getByTestId('scheme-call').getAttribute('href')).toBe('tel:0930002150');
    expect(screen.getByRole('link', { name: '市の制度をすべて見る' }).getAttribute('href')).toBe('/schemes');
  });

  it('shows no box when nothing fits, only the link to every scheme', async () => {
    renderWithMocks(<SchemeSuggestions needId="need-1" />, [answer([])]);
    const link = await screen.findByRole('link', { name: '市の制度をすべて見る' });
    expect(link.getAttribute('href')).toBe('/schemes');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByTestId('scheme-suggestions')).toBeNull();
    expect(screen.queryByText('市の制度も使えます')).toBeNull();
  });
});
