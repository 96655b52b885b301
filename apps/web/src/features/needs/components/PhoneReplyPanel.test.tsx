import '../../../i18n/i18n';
import { type OfferQuery, RecordPhoneReplyDocument } from '@tsunagu/shared/graphql-client';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithMocks } from '../../../shared/testing/render-with-mocks';
import { PhoneReplyPanel } from './PhoneReplyPanel';

type Offer = OfferQuery['offer'];

const offer = (patch: Partial<Offer> = {}): Offer => ({
  id: 'offer-1',
  needId: 'need-1',
  needTitle: '集会所のまわりの草刈りを手伝ってほしい',
  groupName: '黒崎四丁目町内会',
  message: '草刈り機を持って伺えます。',
  status: 'PENDING',
  statusNote: null,
  viewerSide: 'GROUP',
  viewerActsAs: { kind: 'CENTRE', name: '黒崎市民センター' },
  answeredByProxy: null,
  unreadCount: 0,
  createdAt: '2026-12-01T01:00:00.000Z',
  decidedAt: null,
  messages: [],
  contacts: null,
  npo: {
    id: 'npo-1',
    name: 'みどりの手',
    ward: '八幡西区',
    fields: [],
    profile: null,
  },
  ...patch,
});

const accepted = (input: Record<string, unknown>) => ({
  request: { query: RecordPhoneReplyDocument, variables: { input } },
  result: {
    data: {
      recordPhoneReply: offer({
        status: 'ACCEPTED',
        answeredByProxy: { kind: 'PHONE', name: '黒崎市民センター' },
      }),
    },
  },
});

describe('PhoneReplyPanel: staff type in the answer the officer gave by phone', () => {
  it('lists what is missing at the top, each linked to its field, and sends nothing', async () => {
    renderWithMocks(<PhoneReplyPanel offer={offer()} />, []);
    await userEvent.click(screen.getByTestId('phone-reply-submit'));

    const summary = await screen.findByRole('link', { name: '返事を選んでください' });
    expect(summary.getAttribute('href')).toBe('#phone-reply-answer');
    const takenBy = screen.getByRole('link', { name: '電話や紙を受けた人の名前を入れてください' });
    expect(takenBy.getAttribute('href')).toBe('#phone-reply-takenBy');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('asks for the words when only a message came', async () => {
    renderWithMocks(<PhoneReplyPanel offer={offer()} />, []);
    await userEvent.click(screen.getByTestId('phone-reply-MESSAGE'));
    await userEvent.type(screen.getByTestId('phone-reply-taken-by'), '山本');
    await userEvent.click(screen.getByTestId('phone-reply-submit'));
    expect(await screen.findByRole('link', { name: '伝言の内容を書いてください' })).toBeTruthy();
  });

  it('sends the officer’s acceptance with who took the call, and says the NPO is told', async () => {
    renderWithMocks(<PhoneReplyPanel offer={offer()} />, [
      accepted({ offerId: 'offer-1', answer: 'ACCEPT', message: 'よろしくお願いします', takenBy: '山本' }),
    ]);
    await userEvent.click(screen.getByTestId('phone-reply-ACCEPT'));
    await userEvent.type(screen.getByTestId('phone-reply-words'), 'よろしくお願いします');
    await userEvent.type(screen.getByTestId('phone-reply-taken-by'), ' 山本 ');
    await userEvent.click(screen.getByTestId('phone-reply-submit'));

    const status = await screen.findByRole('status');
    expect(within(status).getByText('返事を入れました。NPOにお知らせが届きます。')).toBeTruthy();
  });

  it('offers only a message once the offer is accepted', () => {
    renderWithMocks(<PhoneReplyPanel offer={offer({ status: 'ACCEPTED' })} />, []);
    expect(screen.queryByTestId('phone-reply-ACCEPT')).toBeNull();
    expect(screen.getByTestId('phone-reply-MESSAGE')).toHaveProperty('checked', true);
  });
});
