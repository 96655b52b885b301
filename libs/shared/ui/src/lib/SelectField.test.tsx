import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SelectField } from './SelectField';

const wards = [
  { value: 'kokurakita', label: '小倉北区' },
  { value: 'yahatanishi', label: '八幡西区' },
];

describe('SelectField', () => {
  it('is a labelled select with a placeholder option and the given options', async () => {
    const onChange = vi.fn();
    render(<SelectField label="区" placeholder="すべて" options={wards} value="" onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: '区' });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['すべて', '小倉北区', '八幡西区']);
    await userEvent.selectOptions(select, 'yahatanishi');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('announces its error through aria-describedby and aria-invalid', () => {
    render(<SelectField label="区" options={wards} error="選んでください" defaultValue="kokurakita" />);
    const select = screen.getByRole('combobox', { name: '区' });
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(select.getAttribute('aria-describedby') ?? '')?.textContent).toBe('選んでください');
  });
});
