import '../../i18n/i18n';
import { StoriesDocument } from '@tsunagu/shared/graphql-client';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithMocks } from '../../shared/testing/render-with-mocks';
import { StoriesPage } from './StoriesPage';
import { aStory } from './testing/story-fixtures';

const list = (query: string | null, stories: unknown[]) => ({
  request: { query: StoriesDocument, variables: { query, first: 50 } },
  result: { data: { stories } },
});

describe('StoriesPage', () => {
  it('lists the published good examples with who did them, each linking to its page', async () => {
    renderWithMocks(
      <StoriesPage />,
      [list(null, [aStory(), aStory({ id: 'story-2', title: '防災訓練の炊き出し', ward: '門司区' })])],
      '/stories',
    );
    expect(screen.getByRole('heading', { level: 1, name: '好事例' })).toBeTruthy();
    const cards = await screen.findAllByTestId('story-card');
    expect(cards).toHaveLength(2);
    const first = within(cards[0] as HTMLElement);
    expect(first.getByRole('link', { name: '子どもとつくるお正月飾りを読む' }).getAttribute('href')).toBe(
      '/stories/story-1',
    );
    expect(first.getByText('黒崎三丁目自治会（八幡西区）と NPO法人 くろさき子ども食堂')).toBeTruthy();
  });

  it('finds good examples by words, and says so when none contains them', async () => {
    renderWithMocks(
      <StoriesPage />,
      [
        list(null, [aStory()]),
        list('防災', [aStory({ id: 'story-2', title: '防災訓練の炊き出し' })]),
        list('マラソン', []),
      ],
      '/stories',
    );
    await screen.findAllByTestId('story-card');
    await userEvent.type(screen.getByLabelText('言葉で探す'), '防災');
    await userEvent.click(screen.getByRole('button', { name: '探す' }));
    expect(await screen.findByRole('link', { name: '防災訓練の炊き出しを読む' })).toBeTruthy();
    expect(screen.getAllByTestId('story-card')).toHaveLength(1);
    await userEvent.clear(screen.getByLabelText('言葉で探す'));
    await userEvent.type(screen.getByLabelText('言葉で探す'), 'マラソン');
    await userEvent.click(screen.getByRole('button', { name: '探す' }));
    expect(await screen.findByText('「マラソン」を含む好事例は見つかりませんでした。')).toBeTruthy();
  });

  it('says so while there is none yet', async () => {
    renderWithMocks(<StoriesPage />, [list(null, [])], '/stories');
    expect(await screen.findByText('まだ好事例はありません。')).toBeTruthy();
  });
});
