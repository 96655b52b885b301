import { OutreachContactsDocument, OutreachRecordContactDocument } from '@tsunagu/shared/graphql-client';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { todayInJapan } from '@tsunagu/shared/util';
import { describe, expect, it, vi } from 'vitest';
import { aContact, renderWithMocks } from '../../outreach-test-utils';
import { ContactsPanel } from './ContactsPanel';

const noContacts = {
  request: { query: OutreachContactsDocument, variables: { npoId: 'npo-1' } },
  result: { data: { npoContacts: [] } },
};

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('recording a contact the city holds for an NPO', () => {
  it('sends the phone, person, source and date as typed and shows the new contact in the history', async () => {
    const today = todayInJapan();
    const input = {
      phone: '093-582-1111',
      email: null,
      contactPerson: '理事の佐藤さん',
      source: 'PHONE',
      sourceNote: '事務所に電話して聞いた',
      notedOn: today,
    };
    const recorded = vi.fn(() => ({
      data: {
        recordNpoContact: aContact({ id: 'contact-9', ...input, source: 'PHONE', sourceNote: input.sourceNote }),
      },
    }));
    const onChanged = vi.fn();
    renderWithMocks(<ContactsPanel npoId="npo-1" npoName="わかまつ子ども食堂" onChanged={onChanged} initiallyOpen />, [
      noContacts,
      { request: { query: OutreachRecordContactDocument, variables: { npoId: 'npo-1', input } }, result: recorded },
    ]);
    expect(await screen.findByText('まだ記録はありません。')).toBeTruthy();

    type('電話番号', ' 093-582-1111 ');
    type('担当の方', '理事の佐藤さん');
    fireEvent.click(screen.getByTestId('contact-source-PHONE'));
    type('くわしく（なくてもかまいません）', '事務所に電話して聞いた');
    fireEvent.click(screen.getByTestId('contact-submit'));

    expect(await screen.findByText('記録しました。')).toBeTruthy();
    expect(recorded).toHaveBeenCalledTimes(1);
    expect(onChanged).toHaveBeenCalledTimes(1);
    const history = await screen.findByTestId('outreach-contact-history');
    expect(within(history).getByRole('link', { name: '093-582-1111' }).getAttribute('href')).toBe('tel:0935821111');
    expect(within(history).getByText('理事の佐藤さん')).toBeTruthy();
    expect(within(history).getByText(/電話（事務所に電話して聞いた）/)).toBeTruthy();
    // The form is empty again for the next one.
    expect((screen.getByLabelText('電話番号') as HTMLInputElement).value).toBe('');
  });

  it('sends nothing and says what is missing, linked to the fields, when no contact or source is given', async () => {
    const recorded = vi.fn(() => ({ data: { recordNpoContact: aContact() } }));
    renderWithMocks(
      <ContactsPanel npoId="npo-1" npoName="わかまつ子ども食堂" onChanged={() => undefined} initiallyOpen />,
      [noContacts, { request: { query: OutreachRecordContactDocument }, result: recorded, maxUsageCount: 5 }],
    );
    await screen.findByText('まだ記録はありません。');
    type('メールアドレス', 'sato@example');
    fireEvent.click(screen.getByTestId('contact-submit'));

    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#contact-npo-1-email', '#contact-npo-1-source']);
    const email = screen.getByLabelText('メールアドレス');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = email.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain(
      'メールアドレスの形が正しくありません（例：yamada@example.jp）',
    );
    type('メールアドレス', '');
    fireEvent.click(screen.getByTestId('contact-submit'));
    await waitFor(() => expect(screen.getByLabelText('電話番号').getAttribute('aria-invalid')).toBe('true'));
    expect(
      screen.getAllByText('電話番号・メールアドレス・担当の方の、どれかひとつを書いてください').length,
    ).toBeGreaterThan(0);
    expect(recorded).not.toHaveBeenCalled();
  });
});
