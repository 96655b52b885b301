import '../../i18n/i18n';
import {
  MeDocument,
  NeedDocument,
  NeedFormDocument,
  NeedFormDraftsDocument,
  NeedIntroductionsDocument,
  NeedMatchesDocument,
} from '@tsunagu/shared/graphql-client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithMocks } from '../../shared/testing/render-with-mocks';
import { NeedFormPage } from './NeedFormPage';
import { NeedPage } from './NeedPage';
import { meMock } from './testing/introduction-fixtures';

const groups = {
  request: { query: NeedFormDocument },
  result: {
    data: {
      myCommunityGroups: [
        { __typename: 'CommunityGroup', id: 'group-1', name: '黒崎三丁目自治会', ward: '八幡西区', status: 'VERIFIED' },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const ownNeed = (id: string, title: string, status: string, groupId: string, createdAt: string) => ({
  __typename: 'Need',
  id,
  title,
  status,
  createdAt,
  group: { __typename: 'CommunityGroup', id: groupId },
});

const drafts = (needs: unknown[]) => ({
  request: { query: NeedFormDraftsDocument },
  result: { data: { myNeeds: needs } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

function Where() {
  const location = useLocation();
  return <output data-testid="where">{location.pathname}</output>;
}

function renderForm(mocks: unknown[] = [drafts([])]) {
  return renderWithMocks(
    <>
      <Routes>
        <Route path="/needs/new" element={<NeedFormPage />} />
        <Route path="/needs/:id/edit" element={<p>edit page</p>} />
      </Routes>
      <Where />
    </>,
    [meMock(MeDocument, { role: 'MEMBER' }), groups, ...mocks],
    '/needs/new',
  );
}

beforeEach(() => localStorage.clear());

describe('the need form: 確認する with something missing', () => {
  it('puts the list at the top, takes the focus to it, and each item focuses its field', async () => {
    renderForm();
    await userEvent.click(await screen.findByTestId('need-preview-button'));

    const summary = await screen.findByRole('alert');
    expect(document.activeElement).toBe(summary);
    // Above everything the officer fills in, the templates included.
    const templates = screen.getByRole('heading', { name: 'よくある募集から選ぶ' });
    expect(summary.compareDocumentPosition(templates) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Never for 「いつまでに」: it has an answer she can see (来月中).
    expect(summary.textContent).not.toContain('締め切り');
    expect(screen.getByTestId('need-deadline-NEXT_MONTH')).toHaveProperty('checked', true);

    await userEvent.click(within(summary).getByRole('link', { name: /タイトル/ }));
    expect(document.activeElement).toBe(screen.getByTestId('need-title'));
    // The field says it too, and is described by its message.
    const title = screen.getByTestId('need-title');
    expect(title.getAttribute('aria-invalid')).toBe('true');

    await userEvent.click(within(summary).getByRole('link', { name: /どんな手伝い/ }));
    expect(document.activeElement?.id).toBe('need-help-kind');
  });

  it('opens the folded fields when none could be chosen from the words, and links to them', async () => {
    renderForm();
    await userEvent.type(await screen.findByTestId('need-title'), '集会所の網戸');
    await userEvent.click(screen.getByTestId('need-preview-button'));
    const summary = await screen.findByRole('alert');
    expect(screen.getByTestId('need-fields-fold')).toHaveProperty('open', true);
    await userEvent.click(within(summary).getByRole('link', { name: /活動の分野/ }));
    expect(document.activeElement?.id).toBe('need-fields');
  });

  it('a template answers what is required: the first 確認する goes to the preview', async () => {
    renderForm();
    await userEvent.click(await screen.findByTestId('template-disaster-drill'));
    // The fields come from the template, said in short names on the folded line.
    expect(screen.getByTestId('need-fields-fold').textContent).toContain('分野：災害救援、地域安全');
    await userEvent.click(screen.getByTestId('need-preview-button'));
    expect(await screen.findByTestId('need-preview')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the need form: Enter', () => {
  it('on a radio or a checkbox does not send the form; in a text box it does', async () => {
    renderForm();
    const radio = await screen.findByTestId('need-help-LECTURER');
    radio.focus();
    await userEvent.keyboard('{Enter}');
    const notCancelled = fireEvent.keyDown(screen.getByTestId('need-deadline-THIS_MONTH'), { key: 'Enter' });
    expect(notCancelled).toBe(false);
    expect(fireEvent.keyDown(screen.getByTestId('need-field-8'), { key: 'Enter' })).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();

    await userEvent.type(screen.getByTestId('need-title'), '講師{Enter}');
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});

describe('the need form: a draft left earlier', () => {
  const earlier = [
    ownNeed('need-old', '防災訓練の講師', 'DRAFT', 'group-1', '2026-11-01T01:00:00.000Z'),
    ownNeed('need-new', '夏祭りの運営を手伝ってほしい', 'DRAFT', 'group-1', '2026-11-20T01:00:00.000Z'),
    ownNeed('need-pub', '公開済みの募集', 'PUBLISHED', 'group-1', '2026-11-25T01:00:00.000Z'),
    ownNeed('need-other', 'ほかの団体の下書き', 'DRAFT', 'group-9', '2026-11-28T01:00:00.000Z'),
  ];

  it('is offered (the latest of this group), and つづきを書く opens it', async () => {
    renderForm([drafts(earlier)]);
    const offer = await screen.findByText('書きかけの募集があります：『夏祭りの運営を手伝ってほしい』');
    expect(offer).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'つづきを書く' }));
    expect(screen.getByTestId('where').textContent).toBe('/needs/need-new/edit');
  });

  it('新しく書く puts it away; nothing is saved before the officer changes something', async () => {
    renderForm([drafts(earlier)]);
    await userEvent.click(await screen.findByRole('button', { name: '新しく書く' }));
    expect(screen.queryByTestId('need-draft-offer')).toBeNull();
    expect(screen.getByTestId('draft-status').textContent).toBe('');
    expect(screen.queryByTestId('need-keep-draft')).toBeNull();
  });

  it('is not offered when the group has none', async () => {
    renderForm([drafts([earlier[2], earlier[3]])]);
    await screen.findByTestId('need-title');
    expect(screen.queryByTestId('need-draft-offer')).toBeNull();
  });
});

describe('the need page just after publishing', () => {
  const need = {
    __typename: 'Need',
    id: 'need-1',
    title: '防災訓練で教えてくれる講師を探しています',
    description: '町内の防災訓練で、避難のしかたを教えてくれる方を探しています。',
    helpKind: 'LECTURER',
    ward: '八幡西区',
    place: null,
    startsOn: null,
    endsOn: null,
    deadline: '2027-01-31',
    status: 'PUBLISHED',
    offerCount: 0,
    fields: [8, 9],
    publishedAt: '2026-12-03T01:00:00.000Z',
    peopleNeeded: null,
    honorarium: 'NONE',
    template: 'disaster-drill',
    hidden: false,
    hiddenReason: null,
    report: null,
    viewerCanEdit: true,
    createdAt: '2026-12-03T00:50:00.000Z',
    enteredByProxy: null,
    group: {
      __typename: 'CommunityGroup',
      id: 'group-1',
      name: '黒崎三丁目自治会',
      kind: 'JICHIKAI',
      ward: '八幡西区',
      area: null,
    },
    offers: [],
  };
  const mocks = [
    meMock(MeDocument, { role: 'MEMBER' }),
    { request: { query: NeedDocument, variables: { id: 'need-1' } }, result: { data: { need } } },
    {
      request: { query: NeedMatchesDocument, variables: { needId: 'need-1' } },
      result: { data: { matchNposForNeed: [] } },
    },
    {
      request: { query: NeedIntroductionsDocument, variables: { needId: 'need-1' } },
      result: { data: { needIntroductions: [] } },
    },
  ];
  const renderPage = (state: unknown) =>
    render(
      <MockedProvider mocks={mocks as ReadonlyArray<MockLink.MockedResponse>}>
        <MemoryRouter initialEntries={[{ pathname: '/needs/need-1', state }]}>
          <Routes>
            <Route path="/needs/:id" element={<NeedPage />} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>,
    );

  it('says 「公開しました」 and what happens next on top, and puts the suggestions before the text she wrote', async () => {
    renderPage({ notice: 'published' });
    const notice = await screen.findByTestId('need-page-notice');
    expect(notice.textContent).toContain('公開しました。');
    expect(notice.textContent).toContain('NPOや企業などから申し出があると、お知らせとメールで届きます。');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(notice.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // What she wrote a minute ago is folded; the NPOs that fit are open.
    expect(
      screen.getByText('町内の防災訓練で、避難のしかたを教えてくれる方を探しています。').closest('details'),
    ).toHaveProperty('open', false);
    expect(await screen.findByTestId('need-suggestions')).toBeTruthy();
  });

  it('says the draft is kept and unseen when she kept it as a draft', async () => {
    renderPage({ notice: 'draftSaved' });
    expect((await screen.findByTestId('need-page-notice')).textContent).toContain('下書きを保存しました。');
  });

  it('says nothing on a later visit', async () => {
    renderPage(null);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByTestId('need-page-notice')).toBeNull();
    expect(
      screen.getByText('町内の防災訓練で、避難のしかたを教えてくれる方を探しています。').closest('details'),
    ).toBeNull();
  });
});
