import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Chip } from './Chip';

function Ward() {
  const [on, setOn] = useState(false);
  return <Chip label="門司区" count={4} selected={on} onClick={() => setOn(!on)} />;
}

describe('Chip', () => {
  it('is a toggle button: ＋ and not pressed until chosen, ✓ and pressed after', async () => {
    render(<Ward />);
    const chip = screen.getByRole('button', { name: '門司区 4' });
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    // The mark is never blank, so an unchosen chip does not look switched off; screen readers skip it.
    const mark = chip.querySelector('[aria-hidden="true"]');
    expect(mark?.textContent).toBe('＋');

    await userEvent.click(chip);
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    expect(mark?.textContent).toBe('✓');
    expect(chip.className).toContain('ui-chip--selected');

    await userEvent.click(chip);
    expect(chip.getAttribute('aria-pressed')).toBe('false');
  });
});
