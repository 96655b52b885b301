import '../../i18n/i18n';
import {
  MeDocument,
  RetireSchoolDistrictDocument,
  SaveSchoolDistrictDocument,
  StaffSchoolDistrictsDocument,
} from '@tsunagu/shared/graphql-client';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMocks } from '../../shared/testing/render-with-mocks';
import { meMock } from '../needs/testing/introduction-fixtures';
import { StaffSchoolDistrictsPage } from './StaffSchoolDistrictsPage';

const district = (id: string, name: string, retired = false, ward = '門司区') => ({
  __typename: 'SchoolDistrict',
  id,
  ward,
  name,
  sortOrder: Number(id.slice(1)),
  retired,
});
const listMock = (ward: string, rows: ReturnType<typeof district>[]) => ({
  request: { query: StaffSchoolDistrictsDocument, variables: { ward } },
  result: { data: { schoolDistricts: rows } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('staff keep the list of 校区', () => {
  it('lists a ward’s districts with the retired ones marked, and retires one', async () => {
    const retire = vi.fn();
    renderWithMocks(<StaffSchoolDistrictsPage />, [
      meMock(MeDocument, { role: 'STAFF' }),
      listMock('門司区', [district('d1', '門司'), district('d2', '大積', true)]),
      {
        request: { query: RetireSchoolDistrictDocument, variables: { id: 'd1' } },
        result: () => {
          retire();
          return { data: { retireSchoolDistrict: { __typename: 'SchoolDistrict', id: 'd1', retired: true } } };
        },
      },
    ]);
    const rows = await screen.findAllByTestId('staff-school-district');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('門司校区'),
      expect.stringContaining('使っていない'),
    ]);
    await userEvent.click(within(rows[0]).getByRole('button', { name: '門司校区を使わないようにする' }));
    expect(await screen.findByText('「門司」は、もう選べません（入っている団体はそのままです）。')).toBeTruthy();
    expect(retire).toHaveBeenCalledOnce();
  });

  it('adds a district to the chosen ward and says so; the server’s refusal is shown in its words', async () => {
    renderWithMocks(<StaffSchoolDistrictsPage />, [
      meMock(MeDocument, { role: 'STAFF' }),
      listMock('門司区', []),
      listMock('若松区', [district('d3', '高須', false, '若松区')]),
      {
        request: { query: SaveSchoolDistrictDocument, variables: { input: { ward: '若松区', name: '青葉台' } } },
        result: { data: { saveSchoolDistrict: district('d9', '青葉台', false, '若松区') } },
      },
      {
        request: { query: SaveSchoolDistrictDocument, variables: { input: { ward: '若松区', name: '高須' } } },
        result: { errors: [{ message: '若松区には「高須」という校区がもうあります。' }] },
      },
    ]);
    await userEvent.selectOptions(await screen.findByLabelText('区'), '若松区');
    await screen.findByText('高須校区');
    await userEvent.type(screen.getByLabelText(/^校区の名前/), '青葉台');
    await userEvent.click(screen.getByRole('button', { name: '足す' }));
    expect(await screen.findByText('若松区に「青葉台」を足しました。')).toBeTruthy();

    await userEvent.type(screen.getByLabelText(/^校区の名前/), '高須');
    await userEvent.click(screen.getByRole('button', { name: '足す' }));
    expect(await screen.findByText('若松区には「高須」という校区がもうあります。')).toBeTruthy();
  });

  it('is for staff: an officer is told so, with a way to sign in', async () => {
    renderWithMocks(<StaffSchoolDistrictsPage />, [meMock(MeDocument, { role: 'MEMBER' }), listMock('門司区', [])]);
    expect(await screen.findByRole('link', { name: 'ログイン' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '足す' })).toBeNull();
  });
});
