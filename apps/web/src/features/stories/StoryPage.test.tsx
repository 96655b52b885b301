import '../../i18n/i18n';
import { StoryDocument } from '@tsunagu/shared/graphql-client';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMocks } from '../../shared/testing/render-with-mocks';
import { StoryPage } from './StoryPage';
import { aStory } from './testing/story-fixtures';

const page = (story: unknown) =>
  renderWithMocks(
    <Routes>
      <Route path="/stories/:id" element={<StoryPage />} />
    </Routes>,
    [{ request: { query: StoryDocument, variables: { id: 'story-1' } }, result: { data: { story } } }],
    '/stories/story-1',
  );

describe('StoryPage', () => {
  it('tells both sides, with their photos, and prints the page when asked', async () => {
    // (jsdom has no print dialog)
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const story = aStory();
    page({ ...story, groupSide: { ...story.groupSide, photoUrl: '/api/stories/story-1/photos/group?v=1' } });
    expect(await screen.findByRole('heading', { level: 1, name: '子どもとつくるお正月飾り' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: '黒崎三丁目自治会から' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'NPO法人 くろさき子ども食堂から' })).toBeTruthy();
    expect(screen.getByText('材料の準備と、つくり方の説明を担当しました。')).toBeTruthy();
    expect(screen.getByRole('img', { name: '黒崎三丁目自治会の活動の写真' }).getAttribute('src')).toBe(
      '/api/stories/story-1/photos/group?v=1',
    );
    await userEvent.click(screen.getByRole('button', { name: '印刷する' }));
    expect(print).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });

  it('says a story that is not there is not found', async () => {
    renderWithMocks(
      <Routes>
        <Route path="/stories/:id" element={<StoryPage />} />
      </Routes>,
      [
        {
          request: { query: StoryDocument, variables: { id: 'story-1' } },
          result: { errors: [{ message: 'その好事例は見つかりません。', extensions: { code: 'NOT_FOUND' } }] },
        },
      ],
      '/stories/story-1',
    );
    expect(await screen.findByRole('heading', { level: 1, name: '好事例が見つかりません' })).toBeTruthy();
  });
});
