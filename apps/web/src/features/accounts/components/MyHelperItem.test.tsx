import '../../../i18n/i18n';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { MyHelperItem } from './MyHelperItem';

function item(status: 'ACTIVE' | 'PENDING_REVIEW' | 'REFUSED') {
  render(
    <MemoryRouter>
      <MyHelperItem helper={{ id: 'h-1', name: '若松ITボランティアの会', kind: 'OTHER', status }} />
    </MemoryRouter>,
  );
}

describe('マイページ: a company, university group or organisation I registered', () => {
  it('once public: its page and the way to write its profile', () => {
    item('ACTIVE');
    expect(screen.getByText('公開中')).toBeTruthy();
    expect(screen.getByRole('link', { name: '若松ITボランティアの会' }).getAttribute('href')).toBe('/npos/h-1');
    expect(screen.getByRole('link', { name: '紹介を書く・直す' }).getAttribute('href')).toBe('/npos/h-1/edit');
  });

  it('while the city checks it: says so and how the answer comes, with no edit link yet', () => {
    item('PENDING_REVIEW');
    expect(screen.getByText('市の確認待ち')).toBeTruthy();
    expect(screen.getByText(/「お知らせ」でお伝えします/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: '紹介を書く・直す' })).toBeNull();
  });

  it('when refused: points to the notification that holds the reason', () => {
    item('REFUSED');
    expect(screen.getByText('登録できませんでした')).toBeTruthy();
    expect(screen.getByRole('link', { name: '理由は「お知らせ」にあります。' }).getAttribute('href')).toBe(
      '/notifications',
    );
  });
});
