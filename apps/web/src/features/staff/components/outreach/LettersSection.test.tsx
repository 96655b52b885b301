import {
  type OutreachLetterJobFieldsFragment,
  OutreachGenerateLettersDocument,
  OutreachLetterJobDocument,
  OutreachLetterJobsDocument,
} from '@tsunagu/shared/graphql-client';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMocks } from '../../outreach-test-utils';
import { LettersSection } from './LettersSection';

const job = (
  patch: Partial<OutreachLetterJobFieldsFragment>,
): OutreachLetterJobFieldsFragment & { __typename: string } => ({
  __typename: 'InvitationLetterJob',
  id: 'job-1',
  status: 'QUEUED',
  progress: 0,
  npoCount: 12,
  letters: 0,
  mailed: 0,
  includeDataBookEntry: true,
  downloadUrl: null,
  error: null,
  createdAt: '2026-12-01T01:00:00.000Z',
  finishedAt: null,
  ...patch,
});

const noRuns = { request: { query: OutreachLetterJobsDocument }, result: { data: { invitationLetterJobs: [] } } };
const poll = (patch: Partial<OutreachLetterJobFieldsFragment>) => ({
  request: { query: OutreachLetterJobDocument, variables: { id: 'job-1' } },
  result: { data: { invitationLetterJob: job(patch) } },
});

describe('making invitation letters', () => {
  it('sends the chosen ward and enclosures, follows the job and offers the PDF when it is done', async () => {
    const input = {
      selection: 'WARD',
      ward: '八幡西区',
      eventId: null,
      npoIds: [],
      includeDataBookEntry: true,
      sendMail: false,
    };
    const started = vi.fn(() => ({ data: { generateInvitationLetters: job({}) } }));
    const onLettersMade = vi.fn();
    renderWithMocks(<LettersSection onLettersMade={onLettersMade} pollInterval={20} />, [
      noRuns,
      { request: { query: OutreachGenerateLettersDocument, variables: { input } }, result: started },
      poll({ status: 'RUNNING', progress: 40 }),
      poll({ status: 'DONE', progress: 100, letters: 12, mailed: 0, downloadUrl: '/api/invitation-letters/job-1.pdf' }),
    ]);
    expect(await screen.findByText('まだありません。')).toBeTruthy();

    fireEvent.click(screen.getByTestId('letters-selection-WARD'));
    fireEvent.change(screen.getByRole('combobox', { name: /区/ }), { target: { value: '八幡西区' } });
    fireEvent.click(screen.getByLabelText('掲載内容の確認を同封する'));
    fireEvent.click(screen.getByLabelText('メールアドレスがわかる団体にはメールでも送る'));
    fireEvent.click(screen.getByTestId('letters-generate'));

    const links = await screen.findAllByRole('link', { name: '手紙（PDF）をひらく' }, { timeout: 3000 });
    expect(links[0].getAttribute('href')).toBe('/api/invitation-letters/job-1.pdf');
    expect(started).toHaveBeenCalledTimes(1);
    expect(screen.getByText('手紙ができました')).toBeTruthy();
    expect(onLettersMade).toHaveBeenCalledTimes(1);
    // The new run heads the list of runs, with its counts.
    const runs = screen.getByTestId('letters-runs');
    expect(within(runs).getByText(/12団体・手紙 12通・掲載内容の確認つき/)).toBeTruthy();
  });

  it('asks for a ward before making letters for one ward', async () => {
    const started = vi.fn(() => ({ data: { generateInvitationLetters: job({}) } }));
    renderWithMocks(<LettersSection />, [
      noRuns,
      { request: { query: OutreachGenerateLettersDocument }, result: started, maxUsageCount: 5 },
    ]);
    await screen.findByText('まだありません。');
    fireEvent.click(screen.getByTestId('letters-selection-WARD'));
    fireEvent.click(screen.getByTestId('letters-generate'));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: '区を選んでください' }).getAttribute('href')).toBe(
      '#letters-ward',
    );
    expect(started).not.toHaveBeenCalled();
  });
});
