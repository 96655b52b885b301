import '../../../i18n/i18n';
import {
  AddGroupDelegateDocument,
  GroupDelegatesDocument,
  MyPageDocument,
  RemoveGroupDelegateDocument,
} from '@tsunagu/shared/graphql-client';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMocks } from '../../../shared/testing/render-with-mocks';
import { GroupDelegates } from './GroupDelegates';
import { MyGroupProxyPart } from './MyGroupProxyPart';

const GROUP_ID = 'group-4';
const HANAKO = {
  __typename: 'GroupDelegate',
  userId: 'user-7',
  displayName: '田中 花子',
  relation: 'FAMILY',
  addedAt: '2026-12-01T00:00:00.000Z',
};

const list = (delegates: object[]) => ({
  request: { query: GroupDelegatesDocument, variables: { groupId: GROUP_ID } },
  result: { data: { groupDelegates: delegates } },
});

describe('the officer’s delegates on マイページ', () => {
  it('adds a neighbour by the email they signed up with, and lists them', async () => {
    const neighbour = { ...HANAKO, userId: 'user-8', displayName: '佐藤 一郎', relation: 'NEIGHBOUR' };
    const add = {
      request: {
        query: AddGroupDelegateDocument,
        variables: { input: { groupId: GROUP_ID, email: 'sato@example.jp', relation: 'NEIGHBOUR' } },
      },
      result: { data: { addGroupDelegate: [HANAKO, neighbour] } },
    };
    renderWithMocks(<GroupDelegates groupId={GROUP_ID} groupName="黒崎四丁目町内会" />, [list([HANAKO]), add]);
    expect((await screen.findAllByTestId('delegate')).map((li) => li.textContent)).toEqual([
      expect.stringContaining('田中 花子（家族）'),
    ]);
    await userEvent.type(screen.getByLabelText(/^その人が登録したメールアドレス/), 'sato@example.jp');
    await userEvent.click(screen.getByLabelText('近所の人'));
    await userEvent.click(screen.getByRole('button', { name: '代わりに使う人を加える' }));
    expect(await screen.findByText('佐藤 一郎さんを加えました。')).toBeTruthy();
    expect(screen.getAllByTestId('delegate').map((li) => li.textContent)).toEqual([
      expect.stringContaining('田中 花子（家族）'),
      expect.stringContaining('佐藤 一郎（近所の人）'),
    ]);
  });

  it('refuses an email that is not one, without asking the server', async () => {
    renderWithMocks(<GroupDelegates groupId={GROUP_ID} groupName="黒崎四丁目町内会" />, [list([])]);
    await userEvent.type(await screen.findByLabelText(/^その人が登録したメールアドレス/), 'sato');
    await userEvent.click(screen.getByRole('button', { name: '代わりに使う人を加える' }));
    expect(await screen.findByText(/メールアドレスの形が正しくありません/)).toBeTruthy();
  });

  it('removes a delegate only after 「はい」', async () => {
    const remove = {
      request: { query: RemoveGroupDelegateDocument, variables: { groupId: GROUP_ID, userId: HANAKO.userId } },
      result: { data: { removeGroupDelegate: [] } },
    };
    renderWithMocks(<GroupDelegates groupId={GROUP_ID} groupName="黒崎四丁目町内会" />, [list([HANAKO]), remove]);
    await userEvent.click(await screen.findByRole('button', { name: '田中 花子さんを外す' }));
    const question = screen.getByRole('group', { name: '田中 花子さんを外しますか？' });
    await userEvent.click(within(question).getByRole('button', { name: 'やめる' }));
    expect(screen.getAllByTestId('delegate')).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: '田中 花子さんを外す' }));
    await userEvent.click(screen.getByRole('button', { name: 'はい' }));
    expect(await screen.findByText('まだいません。')).toBeTruthy();
    expect(screen.queryByTestId('delegate')).toBeNull();
  });
});

describe('a delegate on マイページ', () => {
  const group = {
    __typename: 'CommunityGroup' as const,
    id: GROUP_ID,
    name: '黒崎四丁目町内会',
    kind: 'JICHIKAI' as const,
    ward: '八幡西区',
    area: null,
    status: 'VERIFIED' as const,
    representativeName: '田中 とし子',
    viewerActsAs: { __typename: 'ProxyEntry' as const, kind: 'DELEGATE' as const, name: '田中 花子' },
  };

  it('sees whom they act for and can step down', async () => {
    let steppedDown = false;
    const stepDown = {
      request: { query: RemoveGroupDelegateDocument, variables: { groupId: GROUP_ID, userId: 'user-7' } },
      result: () => {
        steppedDown = true;
        return { data: { removeGroupDelegate: [] } };
      },
    };
    const refetched = {
      request: { query: MyPageDocument },
      result: { data: { myCommunityGroups: [], myNpoClaims: [], myHelpers: [] } },
    };
    renderWithMocks(<MyGroupProxyPart group={group} myUserId="user-7" />, [stepDown, refetched]);
    expect(screen.getByTestId('acts-for').textContent).toBe('田中 とし子さんの代わりに');
    expect(screen.queryByTestId('group-delegates')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '代わりに使うのをやめる' }));
    expect(screen.getByText('黒崎四丁目町内会の代わりに使うのをやめますか？')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'はい' }));
    await vi.waitFor(() => expect(steppedDown).toBe(true));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
