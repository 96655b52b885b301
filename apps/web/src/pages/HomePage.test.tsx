import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { shellMocks } from '../app/testing/shell-mocks';
import { renderWithMocks } from '../shared/testing/render-with-mocks';
import { HomePage } from './HomePage';

const card = (testId: string) => {
  const element = screen.getByTestId(testId);
  return { link: within(element).getByRole('link'), text: element.textContent ?? '' };
};

describe('the home page', () => {
  it('offers a visitor each card for what its link really does, and the way to sign up', async () => {
    renderWithMocks(<HomePage />, shellMocks(null));
    const signup = await screen.findByTestId('home-card-signup');
    expect(within(signup).getByRole('link', { name: 'アカウントを作る（無料）' }).getAttribute('href')).toBe('/signup');
    expect(screen.getByRole('link', { name: '登録した方は、ログインしてください' }).getAttribute('href')).toBe(
      '/login',
    );

    expect(card('home-card-npos').link.getAttribute('href')).toBe('/npos');
    // 募集を探す opens the list of needs: it says so, and does not promise a form to write one
    const needs = card('home-card-needs');
    expect(needs.link.getAttribute('href')).toBe('/needs');
    expect(needs.text).toContain('困りごとの一覧');
    expect(needs.text).not.toContain('書いて');
    expect(card('home-card-marche').link.getAttribute('href')).toBe('/marche');
    expect(screen.queryByTestId('home-card-needsNew')).toBeNull();
    expect(screen.getByRole('heading', { name: 'はじめての方へ' })).toBeTruthy();
  });

  it('puts writing a need first for a signed-in officer, without the sign-up card', async () => {
    renderWithMocks(<HomePage />, shellMocks('MEMBER'));
    const write = await screen.findByTestId('home-card-needsNew');
    expect(within(write).getByRole('link', { name: '募集を書く' }).getAttribute('href')).toBe('/needs/new');
    const cards = screen.getAllByTestId(/^home-card-/).map((c) => c.dataset['testid']);
    expect(cards).toEqual([
      'home-card-needsNew',
      'home-card-npos',
      'home-card-needs',
      'home-card-marche',
      'home-card-helper',
    ]);
    expect(screen.queryByTestId('home-card-signup')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'はじめての方へ' })).toBeNull();
  });
});
