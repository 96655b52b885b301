import { OutreachForwardDocument, OutreachQueueDocument } from '@tsunagu/shared/graphql-client';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aContact, aQueueItem, aRequest, renderWithMocks } from '../../outreach-test-utils';
import { QueueSection } from './QueueSection';

const queue = (items: ReturnType<typeof aQueueItem>[], status: string | null = null) => ({
  request: { query: OutreachQueueDocument, variables: { status } },
  result: { data: { introductionRequests: items } },
});

describe('the queue of NPOs that groups wait for', () => {
  it('shows the NPO with its address, the waiting group, the contact to call and the reminder badge', async () => {
    const item = aQueueItem({
      requests: [aRequest(), aRequest({ id: 'req-2', groupName: '若松みなと町内会', groupWard: '若松区' })],
    });
    renderWithMocks(<QueueSection />, [queue([item])]);

    const card = await screen.findByTestId('outreach-item');
    const npoLink = within(card).getByRole('link', { name: 'NPO法人 わかまつ子ども食堂' });
    expect(npoLink.getAttribute('href')).toBe('/npos/npo-1');
    expect(within(card).getByText('北九州市若松区本町一丁目1番1号')).toBeTruthy();
    expect(within(card).getByText('山本 花子')).toBeTruthy();
    expect(within(card).getByText('14日 待っています')).toBeTruthy();
    expect(within(card).getByTestId('outreach-reminder').textContent).toBe('催促の時期です');

    const requests = within(card).getAllByTestId('outreach-request');
    expect(requests).toHaveLength(2);
    expect(within(requests[0]).getByText(/黒崎三丁目自治会（八幡西区）/)).toBeTruthy();
    expect(
      within(requests[0]).getByRole('link', { name: '夏祭りのテント張りを手伝ってほしい' }).getAttribute('href'),
    ).toBe('/needs/need-1');
    expect(within(requests[0]).getByText('市の担当者がNPOにお伝えします')).toBeTruthy();

    expect(within(card).getByRole('link', { name: '093-582-0000' }).getAttribute('href')).toBe('tel:0935820000');
    expect(within(card).getByText('事務局の山田さん')).toBeTruthy();
    expect(screen.getByTestId('outreach-queue-count').textContent).toContain('1団体に、お願いが待っています');
  });

  it('shows no reminder badge for an NPO whose requests are not yet overdue', async () => {
    renderWithMocks(<QueueSection />, [queue([aQueueItem({ reminderDue: false, contact: null })])]);
    const card = await screen.findByTestId('outreach-item');
    expect(within(card).queryByTestId('outreach-reminder')).toBeNull();
    expect(within(card).getByText(/まだありません。届出の書類など/)).toBeTruthy();
  });

  it('folds the requests after the first two into a list that opens', async () => {
    const requests = [1, 2, 3, 4].map((n) => aRequest({ id: `req-${n}`, groupName: `団体${n}` }));
    renderWithMocks(<QueueSection />, [queue([aQueueItem({ requests })])]);
    const card = await screen.findByTestId('outreach-item');
    const fold = card.querySelector('details');
    expect(fold?.querySelector('summary')?.textContent).toBe('ほかに 2 件のお願い');
    expect(within(fold as HTMLElement).getAllByTestId('outreach-request')).toHaveLength(2);
  });

  it('records that staff told the NPO by phone and asks for the queue again', async () => {
    const forwarded = vi.fn(() => ({ data: { markIntroductionsForwarded: 1 } }));
    const after = aQueueItem({ requests: [aRequest({ status: 'FORWARDED', statusLabel: 'お伝えしました' })] });
    renderWithMocks(<QueueSection />, [
      queue([aQueueItem({ contact: aContact() })]),
      { request: { query: OutreachForwardDocument, variables: { npoId: 'npo-1', how: 'PHONE' } }, result: forwarded },
      queue([after]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'NPO法人 わかまつ子ども食堂に電話で伝えた' }));
    expect(await screen.findByText('1件のお願いを「お伝えしました」にしました。')).toBeTruthy();
    expect(forwarded).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('お伝えしました')).toBeTruthy();
  });

  it('asks for the requests with no reply when that filter is chosen', async () => {
    renderWithMocks(<QueueSection />, [
      queue([aQueueItem()]),
      queue(
        [aQueueItem({ requests: [aRequest({ status: 'NO_REPLY', statusLabel: '返事がありません' })] })],
        'NO_REPLY',
      ),
    ]);
    await screen.findByTestId('outreach-item');
    fireEvent.click(screen.getByTestId('filter-NO_REPLY'));
    expect(await screen.findByText('返事がありません')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('outreach-queue-count').textContent).toBe('返事がなかった団体：1'));
    // A closed request is not closed again, nor told again.
    expect(screen.queryByTestId('decline-open')).toBeNull();
    expect(screen.queryByTestId('forward-PHONE')).toBeNull();
  });
});
