import '../../i18n/i18n';
import {
  CentreDeskDocument,
  ConsentTextDocument,
  CreateAssistedGroupDocument,
  MeDocument,
} from '@tsunagu/shared/graphql-client';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMocks } from '../../shared/testing/render-with-mocks';
import { schoolDistrictsMock } from '../../shared/testing/school-districts-mock';
import { meMock } from '../needs/testing/introduction-fixtures';
import { AssistedGroupFormPage } from './AssistedGroupFormPage';
import { todayInJapan } from './assisted-group-form';
import { CentreDeskPage } from './CentreDeskPage';
import { CENTRE, myCentresMock } from './testing/assisted-fixtures';

const consentText = {
  request: { query: ConsentTextDocument },
  result: {
    data: {
      consentText: {
        __typename: 'ConsentText',
        version: '2026-11',
        ja: ['黒崎市民センターが、あなたの団体の代わりに募集を書きます。', 'いつでもやめられます。'],
        en: ['The community centre writes requests for your group.', 'You can stop at any time.'],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const emptyDesk = {
  request: { query: CentreDeskDocument, variables: { centreId: CENTRE.id } },
  result: { data: { centreDesk: { __typename: 'CentreDesk', centre: CENTRE, groups: [] }, myNeeds: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function renderForm(mocks: unknown[]) {
  return renderWithMocks(
    <Routes>
      <Route path="/centre/:centreId/groups/new" element={<AssistedGroupFormPage />} />
      <Route path="/centre/:centreId" element={<CentreDeskPage />} />
    </Routes>,
    mocks,
    `/centre/${CENTRE.id}/groups/new`,
  );
}

async function fillGroup() {
  await userEvent.type(await screen.findByLabelText(/^団体の名前/), '黒崎四丁目町内会');
  await userEvent.selectOptions(screen.getByLabelText(/^区/), '八幡西区');
  await userEvent.type(screen.getByLabelText(/^代表者のお名前/), '田中 とし子');
  await userEvent.type(screen.getByLabelText(/^代表者の電話番号/), '093-621-0000');
  await userEvent.type(screen.getByLabelText(/^代表者の住所/), '北九州市八幡西区黒崎四丁目1-2');
}

describe('registering a group whose officer has no email', () => {
  it('shows the consent text in full, with a way to print it', async () => {
    // jsdom has no printing: what matters is that the page asks the browser to print.
    const print = vi.fn();
    window.print = print;
    renderForm([meMock(MeDocument, { role: 'MEMBER' }), myCentresMock(), consentText]);
    const text = await screen.findByTestId('consent-text');
    expect(await within(text).findByText('いつでもやめられます。')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '同意の内容を印刷' }));
    expect(print).toHaveBeenCalled();
  });

  it('refuses to send without how consent was taken, with a summary linked to the choice', async () => {
    const create = vi.fn();
    const mutation = {
      request: { query: CreateAssistedGroupDocument, variables: () => true },
      result: () => {
        create();
        return { data: { createAssistedGroup: { __typename: 'CommunityGroup', id: 'g', name: 'x' } } };
      },
    };
    renderForm([meMock(MeDocument, { role: 'MEMBER' }), myCentresMock(), consentText, mutation]);
    await fillGroup();
    await userEvent.click(screen.getByRole('button', { name: '同意を記録して登録する' }));

    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: '同意のもらい方を選んでください' });
    expect(link.getAttribute('href')).toBe('#assisted-method');
    expect(within(summary).getAllByRole('link')).toHaveLength(1);
    await userEvent.click(link);
    expect(document.activeElement?.id).toBe('assisted-method');
    expect(create).not.toHaveBeenCalled();
  });

  it('sends the group, the officer and the consent, then says what to do next on the desk', async () => {
    const input = {
      centreId: CENTRE.id,
      name: '黒崎四丁目町内会',
      kind: 'JICHIKAI',
      ward: '八幡西区',
      schoolDistrictId: 'district-2',
      area: null,
      officerName: '田中 とし子',
      phone: '093-621-0000',
      postalAddress: '北九州市八幡西区黒崎四丁目1-2',
      consent: { method: 'PHONE', consentedOn: todayInJapan(), note: '娘さんが同席' },
    };
    const mutation = {
      request: { query: CreateAssistedGroupDocument, variables: { input } },
      result: {
        data: { createAssistedGroup: { __typename: 'CommunityGroup', id: 'group-new', name: '黒崎四丁目町内会' } },
      },
    };
    renderForm([
      meMock(MeDocument, { role: 'MEMBER' }),
      myCentresMock(),
      consentText,
      mutation,
      emptyDesk,
      schoolDistrictsMock('八幡西区', ['黒崎', '熊西']),
    ]);
    await fillGroup();
    const district = screen.getByLabelText(/^校区/);
    await screen.findByRole('option', { name: '熊西校区' });
    await userEvent.selectOptions(district, '熊西校区');
    await userEvent.click(screen.getByLabelText('電話'));
    await userEvent.type(screen.getByLabelText(/^メモ/), '娘さんが同席');
    await userEvent.click(screen.getByRole('button', { name: '同意を記録して登録する' }));

    expect(await screen.findByText('登録しました。次は、この団体の募集を書きましょう。')).toBeTruthy();
    expect(screen.getByTestId('registered-write-need').getAttribute('href')).toBe('/needs/new?group=group-new');
  });

  it('shows the server’s refusal in the page', async () => {
    const mutation = {
      request: { query: CreateAssistedGroupDocument, variables: () => true },
      result: { errors: [{ message: 'この市民センターの団体は登録できません' }] },
    };
    renderForm([meMock(MeDocument, { role: 'MEMBER' }), myCentresMock(), consentText, mutation]);
    await fillGroup();
    await userEvent.click(screen.getByLabelText('同意書（紙）'));
    await userEvent.click(screen.getByRole('button', { name: '同意を記録して登録する' }));
    expect(await screen.findByText('この市民センターの団体は登録できません')).toBeTruthy();
  });
});
