import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MockedApp } from '../shared/testing/render-with-mocks';
import { SiteHeader } from './SiteHeader';
import { screenWidth, shellMocks } from './testing/shell-mocks';

function renderHeader(role: Parameters<typeof shellMocks>[0], options?: Parameters<typeof shellMocks>[1]) {
  return render(
    <MockedApp mocks={shellMocks(role, options)} route="/">
      <SiteHeader />
      <Routes>
        <Route path="*" element={<p>page</p>} />
      </Routes>
    </MockedApp>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('the header on a phone', () => {
  it('is one row with a 「メニュー」 button that opens and closes the navigation', async () => {
    screenWidth(390);
    renderHeader(null);
    const button = screen.getByRole('button', { name: 'メニュー' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const menu = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(menu?.hidden).toBe(true);
    expect(screen.queryByRole('navigation', { name: 'メインメニュー' })).toBeNull();

    await userEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(menu?.hidden).toBe(false);
    const nav = screen.getByRole('navigation', { name: 'メインメニュー' });
    for (const label of ['NPOを探す', '募集を探す', 'NPOマルシェ', 'ログイン', 'アカウントを作る']) {
      expect(within(nav).getByRole('link', { name: label })).toBeTruthy();
    }
    expect(within(menu as HTMLElement).getByRole('button', { name: 'English' })).toBeTruthy();

    await userEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(menu?.hidden).toBe(true);
  });

  it('closes on Escape and gives the focus back to the button', async () => {
    screenWidth(390);
    renderHeader(null);
    const button = screen.getByRole('button', { name: 'メニュー' });
    await userEvent.click(button);
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('NPOを探す');
    await userEvent.keyboard('{Escape}');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('closes when a link in it is followed', async () => {
    screenWidth(390);
    renderHeader(null);
    const button = screen.getByRole('button', { name: 'メニュー' });
    await userEvent.click(button);
    await userEvent.click(screen.getByTestId('nav-npos'));
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('holds the signed-in officer’s places: writing a need, my page, signing out', async () => {
    screenWidth(390);
    renderHeader('MEMBER');
    await userEvent.click(screen.getByRole('button', { name: 'メニュー' }));
    const nav = screen.getByRole('navigation', { name: 'メインメニュー' });
    expect(await within(nav).findByRole('link', { name: '募集を書く' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'マイページ' }).getAttribute('href')).toBe('/me');
    expect(within(nav).getByRole('button', { name: 'ログアウト' })).toBeTruthy();
    expect(within(nav).queryByRole('link', { name: 'ログイン' })).toBeNull();
    expect(within(nav).queryByRole('link', { name: '職員のページ' })).toBeNull();
    // the unread count stays in the row, outside the menu
    expect(screen.getByTestId('notification-bell')).toBeTruthy();
  });

  it('shows city staff their desk and centre staff their centre', async () => {
    screenWidth(390);
    renderHeader('STAFF', { centres: 1 });
    await userEvent.click(screen.getByRole('button', { name: 'メニュー' }));
    const nav = screen.getByRole('navigation', { name: 'メインメニュー' });
    expect((await within(nav).findByRole('link', { name: '職員のページ' })).getAttribute('href')).toBe('/staff');
    expect((await within(nav).findByRole('link', { name: '市民センター' })).getAttribute('href')).toBe('/centre');
  });
});

describe('the header on a wide screen', () => {
  it('shows the whole navigation and the language switch, with no menu button', () => {
    screenWidth(1280);
    renderHeader(null);
    expect(screen.queryByRole('button', { name: 'メニュー' })).toBeNull();
    const nav = screen.getByRole('navigation', { name: 'メインメニュー' });
    expect(within(nav).getByTestId('nav-npos').getAttribute('href')).toBe('/npos');
    expect(screen.getByRole('button', { name: 'English' })).toBeTruthy();
  });
});
