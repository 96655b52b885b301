import '../../../i18n/i18n';
import {
  AssignCentreStaffDocument,
  CentreStaffDocument,
  MyCentresDocument,
  RemoveCentreStaffDocument,
} from '@tsunagu/shared/graphql-client';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithMocks } from '../../../shared/testing/render-with-mocks';
import { CentreStaffList } from './CentreStaffList';

const CENTRE = { id: 'centre-1', name: '黒崎市民センター' };
const YAMADA = {
  __typename: 'CentreStaffMember',
  userId: 'user-3',
  displayName: '山田 太郎',
  email: 'yamada@example.jp',
  assignedAt: '2026-12-01T00:00:00.000Z',
};
const list = (staff: object[]) => ({
  request: { query: CentreStaffDocument, variables: { centreId: CENTRE.id } },
  result: { data: { centreStaff: staff } },
});
// Assigning or removing may change whether the person sees 「市民センター」 in the header.
const myCentres = { request: { query: MyCentresDocument }, result: { data: { myCentres: [] } } };

describe('city staff put people on a centre and take them off', () => {
  it('adds a person by the address they signed up with, and the field empties', async () => {
    const assign = {
      request: {
        query: AssignCentreStaffDocument,
        variables: { input: { centreId: CENTRE.id, email: 'yamada@example.jp' } },
      },
      result: { data: { assignCentreStaff: [YAMADA] } },
    };
    renderWithMocks(<CentreStaffList centre={CENTRE} />, [list([]), assign, myCentres]);
    expect(await screen.findByText('まだ職員はいません。')).toBeTruthy();
    const field = screen.getByLabelText(/^その職員が登録したメールアドレス/);
    await userEvent.type(field, '  yamada@example.jp ');
    await userEvent.click(screen.getByRole('button', { name: '職員に加える' }));
    expect((await screen.findByTestId('centre-staff-member')).textContent).toContain('山田 太郎（yamada@example.jp）');
    expect((field as HTMLInputElement).value).toBe('');
  });

  it('refuses an address that is not one, without asking the server', async () => {
    renderWithMocks(<CentreStaffList centre={CENTRE} />, [list([])]);
    await userEvent.type(await screen.findByLabelText(/^その職員が登録したメールアドレス/), 'yamada');
    await userEvent.click(screen.getByRole('button', { name: '職員に加える' }));
    expect(await screen.findByText(/メールアドレスの形が正しくありません/)).toBeTruthy();
  });

  it('takes a person off only after 「はい」', async () => {
    const remove = {
      request: { query: RemoveCentreStaffDocument, variables: { centreId: CENTRE.id, userId: YAMADA.userId } },
      result: { data: { removeCentreStaff: [] } },
    };
    renderWithMocks(<CentreStaffList centre={CENTRE} />, [list([YAMADA]), remove, myCentres]);
    await userEvent.click(await screen.findByRole('button', { name: '山田 太郎さんを外す' }));
    await userEvent.click(screen.getByRole('button', { name: 'はい' }));
    expect(await screen.findByText('まだ職員はいません。')).toBeTruthy();
  });
});
