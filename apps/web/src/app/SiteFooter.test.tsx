import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMocks } from '../shared/testing/render-with-mocks';
import { SiteFooter } from './SiteFooter';
import { shellMocks } from './testing/shell-mocks';

describe('the footer', () => {
  it('links every visitor to the privacy policy, the terms and the contact page, and says who runs the service', async () => {
    renderWithMocks(<SiteFooter />, shellMocks(null));
    const links = screen.getByRole('navigation', { name: 'このサイトについて' });
    expect(within(links).getByRole('link', { name: 'プライバシーポリシー' }).getAttribute('href')).toBe('/privacy');
    expect(within(links).getByRole('link', { name: '利用規約' }).getAttribute('href')).toBe('/terms');
    expect(within(links).getByRole('link', { name: 'お問い合わせ' }).getAttribute('href')).toBe('/contact');
    expect(within(links).getByRole('link', { name: 'オープンデータ' }).getAttribute('href')).toBe('/open-data');
    expect(screen.getByText('運営：北九州市 地域・人づくり部')).toBeTruthy();
    expect(await screen.findByText('サービスは正常に動いています')).toBeTruthy();
  });

  it('does not tell a visitor or an officer about importing NPO data', async () => {
    renderWithMocks(<SiteFooter />, shellMocks('MEMBER'));
    await screen.findByText('サービスは正常に動いています');
    expect(screen.queryByTestId('footer-staff')).toBeNull();
    expect(screen.queryByRole('link', { name: /NPOデータの取り込み/ })).toBeNull();
  });

  it('gives city staff the way to the import page', async () => {
    renderWithMocks(<SiteFooter />, shellMocks('STAFF'));
    const link = await screen.findByRole('link', { name: '職員の方へ：NPOデータの取り込み' });
    expect(link.getAttribute('href')).toBe('/staff/imports');
  });
});
