import '../../../i18n/i18n';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { introductionRequest } from '../testing/introduction-fixtures';
import { NeedIntroductionList } from './NeedIntroductionList';

describe('「お願いしたNPO」 on the group’s need page', () => {
  it('lists each NPO asked with the day, the status in plain words and, once it came, the offer', () => {
    render(
      <MemoryRouter>
        <NeedIntroductionList
          requests={[
            introductionRequest({ id: 'r1', npoId: 'npo-1', npoName: '防災ネット北九州' }),
            introductionRequest({
              id: 'r2',
              npoId: 'npo-2',
              npoName: 'くろさき見守り隊',
              status: 'ANSWERED',
              statusLabel: '返事がありました',
              nextStep: '申し出が届いています。内容を見て、お返事してください。',
              offerId: 'offer-5',
              route: 'MEMBERS',
            }),
          ]}
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'お願いしたNPO' })).toBeTruthy();
    const [first, second] = screen.getAllByTestId('need-introduction');
    expect(first.textContent).toContain('お願いした日：2026年5月10日');
    expect(first.textContent).toContain('市の担当者がNPOにお伝えします');
    expect(within(first).queryByRole('link', { name: /申し出を見る/ })).toBeNull();
    expect(second.textContent).toContain('返事がありました');
    expect(within(second).getByRole('link', { name: 'くろさき見守り隊の申し出を見る' }).getAttribute('href')).toBe(
      '/offers/offer-5',
    );
  });

  it('is not there before the group asked anyone', () => {
    render(<NeedIntroductionList requests={[]} />);
    expect(screen.queryByText('お願いしたNPO')).toBeNull();
  });
});
