import '../../../i18n/i18n';
import { StoriesDocument } from '@tsunagu/shared/graphql-client';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMocks } from '../../../shared/testing/render-with-mocks';
import { aStory } from '../testing/story-fixtures';
import { LatestStories } from './LatestStories';

const newest = (stories: unknown[]) => ({
  request: { query: StoriesDocument, variables: { first: 2 } },
  result: { data: { stories } },
});

describe('LatestStories', () => {
  it('shows the home page the newest good examples and the way to all of them', async () => {
    renderWithMocks(<LatestStories />, [newest([aStory(), aStory({ id: 'story-2', title: '防災訓練の炊き出し' })])]);
    const section = await screen.findByTestId('home-stories');
    expect(within(section).getByRole('heading', { level: 2, name: '好事例' })).toBeTruthy();
    expect(within(section).getAllByTestId('story-card')).toHaveLength(2);
    expect(within(section).getByRole('link', { name: '防災訓練の炊き出しを読む' }).getAttribute('href')).toBe(
      '/stories/story-2',
    );
    expect(within(section).getByRole('link', { name: '好事例をすべて見る' }).getAttribute('href')).toBe('/stories');
  });

  it('shows nothing while there is no good example yet', async () => {
    const { container } = renderWithMocks(<LatestStories />, [newest([])]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.textContent).toBe('');
  });
});
