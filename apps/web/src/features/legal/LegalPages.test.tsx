import { screen, within } from '@testing-library/react';
import i18n from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { shellMocks } from '../../app/testing/shell-mocks';
import { renderWithMocks } from '../../shared/testing/render-with-mocks';
import { ContactPage } from './ContactPage';
import { PrivacyPage } from './PrivacyPage';
import { TermsPage } from './TermsPage';

afterEach(async () => {
  await i18n.changeLanguage('ja');
});

const headings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('the privacy policy', () => {
  it('in Japanese: says it is a draft, who sees contact details, and the one cookie', () => {
    renderWithMocks(<PrivacyPage />, shellMocks(null), '/privacy');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('プライバシーポリシー');
    expect(screen.getByTestId('legal-draft').textContent).toContain('この文面は北九州市が正式に定める前の案です');
    expect(headings()).toEqual(
      expect.arrayContaining([
        '電話番号とメールアドレスを見られる人',
        '市民センターが代わりに使うとき',
        'クッキーと、この端末に残すもの',
        'あなたの情報を見る・消す',
      ]),
    );
    expect(screen.getByText(/市の職員と、団体が申し出を受けた（「お願いする」を選んだ）NPOだけです/)).toBeTruthy();
    expect(screen.getByText(/クッキーは、ログインを続けるためのもの1つだけ/)).toBeTruthy();
  });

  it('opens with its contents, each entry jumping to its section', () => {
    renderWithMocks(<PrivacyPage />, shellMocks(null), '/privacy');
    const contents = screen.getByRole('navigation', { name: 'このページの内容' });
    const entry = within(contents).getByRole('link', { name: 'クッキーと、この端末に残すもの' });
    const target = document.getElementById((entry.getAttribute('href') ?? '').slice(1));
    expect(target?.tagName).toBe('H2');
    expect(target?.textContent).toBe('クッキーと、この端末に残すもの');
  });

  it('in English: the same sections, in English', async () => {
    await i18n.changeLanguage('en');
    renderWithMocks(<PrivacyPage />, shellMocks(null), '/privacy');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Privacy policy');
    expect(screen.getByTestId('legal-draft').textContent).toContain('This text is a draft.');
    expect(headings()).toEqual(
      expect.arrayContaining(['Who sees phone numbers and email addresses', 'Cookies and what stays on this device']),
    );
  });
});

describe('the terms of use', () => {
  it('renders its headings in Japanese and in English', async () => {
    const { unmount } = renderWithMocks(<TermsPage />, shellMocks(null), '/terms');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('利用規約');
    expect(headings()).toEqual(expect.arrayContaining(['書くときのお願い', '団体とNPOのやりとり']));
    unmount();
    await i18n.changeLanguage('en');
    renderWithMocks(<TermsPage />, shellMocks(null), '/terms');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Terms of use');
    expect(headings()).toEqual(expect.arrayContaining(['When you write', 'Between groups and NPOs']));
  });
});

describe('the contact page', () => {
  it('gives the city office’s number to call, what to have at hand, and the 市民センター for those offline', async () => {
    renderWithMocks(<ContactPage />, shellMocks(null), '/contact');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('お問い合わせ');
    const phone = await screen.findByRole('link', { name: '093-582-2111' });
    expect(phone.getAttribute('href')).toBe('tel:0935822111');
    expect(screen.getByText('北九州市 地域・人づくり部')).toBeTruthy();
    expect(screen.getByText('平日 8時30分～17時15分')).toBeTruthy();
    expect(headings()).toEqual(
      expect.arrayContaining(['市の窓口', '電話の前に用意するもの', 'インターネットを使わない方へ']),
    );
    expect(screen.getByText(/お近くの市民センターにご相談ください/)).toBeTruthy();
  });

  it('renders its headings in English', async () => {
    await i18n.changeLanguage('en');
    renderWithMocks(<ContactPage />, shellMocks(null), '/contact');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Contact');
    expect(headings()).toEqual(
      expect.arrayContaining(['City office', 'Have this at hand when you call', 'If you do not use the internet']),
    );
  });
});
