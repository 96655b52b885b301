import '../../../i18n/i18n';
import { PublishStoryDocument } from '@tsunagu/shared/graphql-client';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMocks } from '../../../shared/testing/render-with-mocks';
import { aStory } from '../testing/story-fixtures';
import { StorySideForm } from './StorySideForm';

const WHAT = '材料の準備と、つくり方の説明を担当しました。';

describe('StorySideForm', () => {
  it('asks what happened before sending anything', async () => {
    const onSaved = vi.fn();
    renderWithMocks(<StorySideForm needId="need-1" side="HELPER" story={null} onSaved={onSaved} />, []);
    expect(screen.getByRole('heading', { level: 2, name: '好事例として紹介しませんか' })).toBeTruthy();
    expect(screen.getByText('お手伝いした側として書きます')).toBeTruthy();
    await userEvent.click(screen.getByTestId('story-save'));
    expect((await screen.findAllByText('「どんなことをしたか」を書いてください。')).length).toBeGreaterThan(0);
    expect(onSaved).not.toHaveBeenCalled();
    // a photo belongs to a saved text
    expect((screen.getByLabelText(/写真/) as HTMLInputElement).disabled).toBe(true);
  });

  it('sends the helper’s side with its consent and says it was saved', async () => {
    const onSaved = vi.fn();
    const saved = aStory({ status: 'AWAITING_MODERATION', viewerSide: 'HELPER', publishedAt: null });
    const mock = {
      request: {
        query: PublishStoryDocument,
        variables: {
          needId: 'need-1',
          input: { whatHappened: WHAT, whatItTook: 'スタッフ2人', title: null, consent: true },
        },
      },
      result: { data: { publishStory: saved } },
    };
    renderWithMocks(<StorySideForm needId="need-1" side="HELPER" story={null} onSaved={onSaved} />, [mock]);
    await userEvent.type(screen.getByLabelText(/どんなことをしたか/), WHAT);
    await userEvent.type(screen.getByLabelText(/かかったもの/), 'スタッフ2人');
    await userEvent.click(screen.getByLabelText('好事例として公開することに同意します'));
    await userEvent.click(screen.getByTestId('story-save'));
    expect(await screen.findByText('保存しました。')).toBeTruthy();
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ status: 'AWAITING_MODERATION' }));
  });

  it('opens with what this side wrote before, and its consent', () => {
    const story = aStory({ status: 'DRAFT', viewerSide: 'GROUP' });
    renderWithMocks(<StorySideForm needId="need-1" side="GROUP" story={story} onSaved={vi.fn()} />, []);
    expect((screen.getByLabelText(/どんなことをしたか/) as HTMLTextAreaElement).value).toBe(
      story.groupSide.whatHappened,
    );
    expect((screen.getByLabelText('好事例として公開することに同意します') as HTMLInputElement).checked).toBe(true);
  });
});
