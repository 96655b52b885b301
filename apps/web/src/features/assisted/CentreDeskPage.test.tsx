import '../../i18n/i18n';
import { CentreDeskDocument, IssueTakeoverCodeDocument, MeDocument } from '@tsunagu/shared/graphql-client';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithMocks } from '../../shared/testing/render-with-mocks';
import { meMock } from '../needs/testing/introduction-fixtures';
import { CentreDeskPage } from './CentreDeskPage';
import { CENTRE, cityOfficeMock, myCentresMock } from './testing/assisted-fixtures';

const GROUP_ID = 'group-4';

const desk = {
  request: { query: CentreDeskDocument, variables: { centreId: CENTRE.id } },
  result: {
    data: {
      centreDesk: {
        __typename: 'CentreDesk',
        centre: CENTRE,
        groups: [
          {
            __typename: 'AssistedGroupEntry',
            group: {
              __typename: 'CommunityGroup',
              id: GROUP_ID,
              name: '黒崎四丁目町内会',
              ward: '八幡西区',
              area: '黒崎四丁目',
              representativeName: '田中 とし子',
              contactPhone: '093-621-0000',
            },
            consent: {
              __typename: 'AssistedConsent',
              id: 'consent-1',
              method: 'PAPER_FORM',
              consentedOn: '2026-11-20',
              takenByName: '山口（黒崎市民センター）',
            },
          },
        ],
      },
      myNeeds: [
        {
          __typename: 'Need',
          id: 'need-1',
          title: '集会所のまわりの草刈りを手伝ってほしい',
          status: 'PUBLISHED',
          group: { __typename: 'NeedGroup', id: GROUP_ID },
        },
        {
          __typename: 'Need',
          id: 'need-2',
          title: '下書きの募集',
          status: 'DRAFT',
          group: { __typename: 'NeedGroup', id: GROUP_ID },
        },
        {
          __typename: 'Need',
          id: 'need-3',
          title: 'ほかの団体の募集',
          status: 'PUBLISHED',
          group: { __typename: 'NeedGroup', id: 'other' },
        },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderDesk(mocks: unknown[], route = '/centre') {
  return renderWithMocks(
    <Routes>
      <Route path="/centre" element={<CentreDeskPage />} />
      <Route path="/centre/:centreId" element={<CentreDeskPage />} />
    </Routes>,
    mocks,
    route,
  );
}

describe('the centre desk', () => {
  it('lists the groups the centre acts for: officer, phone, consent and open needs', async () => {
    renderDesk([meMock(MeDocument, { role: 'MEMBER' }), myCentresMock(), desk]);
    const group = await screen.findByTestId('assisted-group');
    expect(within(group).getByRole('heading', { name: /黒崎四丁目町内会/ })).toBeTruthy();
    expect(group.textContent).toContain('田中 とし子');
    expect(within(group).getByRole('link', { name: '093-621-0000' }).getAttribute('href')).toBe('tel:0936210000');
    expect(within(group).getByTestId('assisted-consent').textContent).toBe(
      '同意書（紙）・2026年11月20日（金）・山口（黒崎市民センター）',
    );
    expect(
      within(group).getByRole('link', { name: '集会所のまわりの草刈りを手伝ってほしい' }).getAttribute('href'),
    ).toBe('/needs/need-1');
    // Only the group's own open needs: no drafts, no other group's.
    expect(group.textContent).not.toContain('下書きの募集');
    expect(group.textContent).not.toContain('ほかの団体の募集');
  });

  it('links to the printouts of the group and of the centre, and to writing a need as the group', async () => {
    renderDesk([meMock(MeDocument, { role: 'MEMBER' }), myCentresMock(), desk]);
    const group = await screen.findByTestId('assisted-group');
    expect(within(group).getByRole('link', { name: 'お知らせを印刷' }).getAttribute('href')).toBe(
      `/api/assisted/groups/${GROUP_ID}/notice.pdf`,
    );
    expect(within(group).getByRole('link', { name: 'この団体として募集を書く' }).getAttribute('href')).toBe(
      `/needs/new?group=${GROUP_ID}`,
    );
    expect(screen.getByRole('link', { name: '回覧板の差し込みを印刷' }).getAttribute('href')).toBe(
      `/api/assisted/centres/${CENTRE.id}/kairanban.pdf`,
    );
    expect(screen.getByRole('link', { name: '今週のまとめを印刷' }).getAttribute('href')).toBe(
      `/api/assisted/centres/${CENTRE.id}/weekly-digest.pdf`,
    );
    expect(screen.getByRole('link', { name: /団体を登録する/ }).getAttribute('href')).toBe(
      `/centre/${CENTRE.id}/groups/new`,
    );
  });

  it('shows a takeover number once, big, with what to do with it', async () => {
    const issue = {
      request: { query: IssueTakeoverCodeDocument, variables: { groupId: GROUP_ID } },
      result: {
        data: {
          issueTakeoverCode: { __typename: 'TakeoverCode', code: 'AB12-CD34', expiresAt: '2026-12-31T14:00:00.000Z' },
        },
      },
    };
    renderDesk([meMock(MeDocument, { role: 'MEMBER' }), myCentresMock(), desk, issue]);
    await userEvent.click(await screen.findByRole('button', { name: '引き継ぎ番号を発行' }));
    expect((await screen.findByTestId('takeover-code-number')).textContent).toBe('AB12-CD34');
    expect(screen.getByText(/紙に書いて、代表者にお渡しください/)).toBeTruthy();
    expect(screen.getByText('2026年12月31日（木）まで使えます')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '引き継ぎ番号を発行' })).toBeNull();
  });

  it('lets city staff, who see every centre, pick one', async () => {
    const other = { ...CENTRE, id: 'centre-2', name: '八幡市民センター' };
    renderDesk([meMock(MeDocument, { role: 'STAFF' }), myCentresMock([CENTRE, other]), desk]);
    await userEvent.click(await screen.findByRole('link', { name: '黒崎市民センター（八幡西区）' }));
    expect(await screen.findByTestId('assisted-group')).toBeTruthy();
  });

  it('tells someone with no centre why, and whom to call', async () => {
    renderDesk([meMock(MeDocument, { role: 'MEMBER' }), myCentresMock([]), cityOfficeMock]);
    expect((await screen.findByTestId('no-centre')).textContent).toContain('市の担当窓口');
    expect((await screen.findByRole('link', { name: /北九州市 市民活動推進課/ })).getAttribute('href')).toBe(
      'tel:0935822111',
    );
  });
});
