import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ChoiceGroup } from './ChoiceGroup';

const sizes = [
  { value: 'A4', label: 'A4' },
  { value: 'A5', label: 'A5', testId: 'size-a5' },
] as const;

describe('ChoiceGroup', () => {
  it('groups radios under a legend and reports the one chosen', async () => {
    const onChange = vi.fn();
    render(<ChoiceGroup type="radio" legend="用紙" options={sizes} value="A4" onChange={onChange} />);
    const group = screen.getByRole('group', { name: '用紙' });
    expect(group.tagName).toBe('FIELDSET');
    expect((screen.getByRole('radio', { name: 'A4' }) as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByTestId('size-a5'));
    expect(onChange).toHaveBeenCalledWith('A5');
  });

  it('adds and removes checked values of a checkbox group', async () => {
    function Wards() {
      const [value, setValue] = useState<string[]>(['a']);
      return (
        <>
          <ChoiceGroup
            type="checkbox"
            legend="区"
            options={[
              { value: 'a', label: '門司区' },
              { value: 'b', label: '若松区' },
            ]}
            value={value}
            onChange={setValue}
          />
          <output>{value.join(',')}</output>
        </>
      );
    }
    render(<Wards />);
    await userEvent.click(screen.getByRole('checkbox', { name: '若松区' }));
    expect(screen.getByRole('status').textContent).toBe('a,b');
    await userEvent.click(screen.getByRole('checkbox', { name: '門司区' }));
    expect(screen.getByRole('status').textContent).toBe('b');
  });

  it('ties the hint and the error to the fieldset', () => {
    render(
      <ChoiceGroup
        type="radio"
        legend="用紙"
        hint="ひとつ"
        error="選んでください"
        options={sizes}
        value={null}
        onChange={() => undefined}
      />,
    );
    const group = screen.getByRole('group', { name: '用紙' });
    const texts = (group.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(texts).toEqual(['ひとつ', '選んでください']);
    expect(screen.getByRole('radio', { name: 'A4' }).getAttribute('aria-invalid')).toBe('true');
  });
});
