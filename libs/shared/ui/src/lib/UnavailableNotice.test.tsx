import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UnavailableNotice } from './UnavailableNotice';

describe('UnavailableNotice', () => {
  it('says what is unavailable, politely, with a link to the next step', () => {
    render(
      <UnavailableNotice title="検索は今使えません" nextHref="/npos" nextLabel="一覧を見る">
        しばらくしてからお試しください。
      </UnavailableNotice>,
    );
    const notice = screen.getByRole('status');
    expect(notice.textContent).toContain('検索は今使えません');
    expect(notice.textContent).toContain('しばらくしてからお試しください。');
    expect(screen.getByRole('link', { name: '一覧を見る' }).getAttribute('href')).toBe('/npos');
  });

  it('has no link without a next step', () => {
    render(<UnavailableNotice title="準備中" />);
    expect(screen.queryByRole('link')).toBeNull();
  });
});
