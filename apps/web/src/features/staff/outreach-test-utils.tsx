import type { MockLink } from '@apollo/client/testing';
import type { OutreachContactFieldsFragment, OutreachQueueQuery } from '@tsunagu/shared/graphql-client';
import type { ReactElement } from 'react';
import { renderWithMocks as renderAt } from '../../shared/testing/render-with-mocks';

/** Renders a piece of the outreach page with the API's answers given (Japanese, in a router). */
export function renderWithMocks(
  ui: ReactElement,
  mocks: ReadonlyArray<MockLink.MockedResponse>,
  route = '/staff/outreach',
) {
  return renderAt(ui, mocks, route);
}

// The API's answers carry __typename (the cache normalises by it); the generated types leave it out.
type Typed<T> = T & { __typename: string };
type QueueItem = OutreachQueueQuery['introductionRequests'][number];
type Request = QueueItem['requests'][number];

export function aContact(patch: Partial<OutreachContactFieldsFragment> = {}): Typed<OutreachContactFieldsFragment> {
  return {
    __typename: 'NpoContact',
    id: 'contact-1',
    npoId: 'npo-1',
    phone: '093-582-0000',
    email: null,
    contactPerson: '事務局の山田さん',
    source: 'FILING',
    sourceNote: null,
    notedOn: '2026-11-20',
    recordedByName: '市の職員 田中',
    createdAt: '2026-11-20T01:00:00.000Z',
    ...patch,
  };
}

export function aRequest(patch: Partial<Request> = {}): Typed<Request> {
  return {
    __typename: 'IntroductionRequest',
    id: 'req-1',
    needId: 'need-1',
    needTitle: '夏祭りのテント張りを手伝ってほしい',
    groupName: '黒崎三丁目自治会',
    groupWard: '八幡西区',
    requestedAt: '2026-11-18T03:00:00.000Z',
    status: 'WAITING',
    statusLabel: '市の担当者がNPOにお伝えします',
    forwardedAt: null,
    forwardedHow: null,
    closeReason: null,
    closeNote: null,
    ...patch,
  };
}

export function aQueueItem(patch: Partial<QueueItem> = {}): Typed<QueueItem> {
  const npo: Typed<QueueItem['npo']> = {
    __typename: 'Npo',
    id: 'npo-1',
    name: 'NPO法人 わかまつ子ども食堂',
    ward: '若松区',
    address: '北九州市若松区本町一丁目1番1号',
    representative: '山本 花子',
  };
  return {
    __typename: 'IntroductionQueueItem',
    npo,
    hasMembers: false,
    oldestRequestedAt: '2026-11-18T03:00:00.000Z',
    waitingDays: 14,
    reminderDue: true,
    lettersPrinted: 0,
    lastLetterAt: null,
    requests: [aRequest()],
    contact: aContact(),
    ...patch,
  };
}
