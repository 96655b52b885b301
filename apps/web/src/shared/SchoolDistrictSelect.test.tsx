import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { SchoolDistrictSelect } from './SchoolDistrictSelect';
import { renderWithMocks } from './testing/render-with-mocks';
import { schoolDistrictsMock } from './testing/school-districts-mock';

function Form({ initialWard }: { initialWard: string }) {
  const [ward, setWard] = useState(initialWard);
  const [district, setDistrict] = useState('');
  return (
    <>
      <button type="button" onClick={() => setWard('戸畑区')}>
        change ward
      </button>
      <SchoolDistrictSelect id="d" ward={ward} value={district} onChange={setDistrict} />
      <output data-testid="chosen">{district}</output>
    </>
  );
}

describe('choosing a 校区', () => {
  it('asks for the ward first, then offers that ward’s districts and “not sure”', async () => {
    renderWithMocks(<Form initialWard="" />, []);
    const select = screen.getByLabelText(/^校区/) as HTMLSelectElement;
    expect(select.disabled).toBe(true);
    expect(screen.getByText('先に区を選んでください。')).toBeTruthy();
  });

  it('keeps only a district of the chosen ward', async () => {
    renderWithMocks(<Form initialWard="若松区" />, [
      schoolDistrictsMock('若松区', ['若松中央', '高須']),
      schoolDistrictsMock('戸畑区', ['中原']),
    ]);
    const select = screen.getByLabelText(/^校区/) as HTMLSelectElement;
    await screen.findByRole('option', { name: '高須校区' });
    expect(screen.getByRole('option', { name: 'わからない・あとで' })).toBeTruthy();
    await userEvent.selectOptions(select, '高須校区');
    expect(screen.getByTestId('chosen').textContent).toBe('district-2');

    await userEvent.click(screen.getByRole('button', { name: 'change ward' }));
    await screen.findByRole('option', { name: '中原校区' });
    // the district chosen for 若松区 is forgotten in 戸畑区, not sent with it
    expect(select.value).toBe('');
    expect(screen.getByTestId('chosen').textContent).toBe('');
  });
});
