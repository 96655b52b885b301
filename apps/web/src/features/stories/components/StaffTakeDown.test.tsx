import '../../../i18n/i18n';
import { ModerateStoryDocument } from '@tsunagu/shared/graphql-client';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithMocks } from '../../../shared/testing/render-with-mocks';
import { aStory } from '../testing/story-fixtures';
import { StaffTakeDown } from './StaffTakeDown';

const REASON = '写っている方から、のせないでほしいと連絡がありました';

describe('StaffTakeDown', () => {
  it('asks for the reason, then takes the story down and says so', async () => {
    const mock = {
      request: { query: ModerateStoryDocument, variables: { id: 'story-1', publish: false, reason: REASON } },
      result: { data: { moderateStory: aStory({ status: 'REFUSED', refusalReason: REASON }) } },
    };
    renderWithMocks(<StaffTakeDown storyId="story-1" />, [mock]);
    await userEvent.click(screen.getByRole('button', { name: '公開をやめる' }));
    expect(screen.getByText('公開しない理由を書いてください。')).toBeTruthy();
    await userEvent.type(screen.getByLabelText(/公開しない理由/), REASON);
    await userEvent.click(screen.getByRole('button', { name: '公開をやめる' }));
    expect(await screen.findByText('公開をやめました。')).toBeTruthy();
  });
});
