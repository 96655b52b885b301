import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from './ErrorSummary';
import { TextField } from './TextField';

function Form({ errors }: { errors: { fieldId: string; message: string }[] }) {
  return (
    <form>
      <ErrorSummary title="入力を確かめてください" errors={errors} />
      <TextField id="need-title" label="タイトル" error={errors[0]?.message} />
    </form>
  );
}

describe('ErrorSummary', () => {
  it('renders nothing while there is no error', () => {
    const { container } = render(<Form errors={[]} />);
    expect(container.querySelector('.ui-error-summary')).toBeNull();
  });

  it('takes focus when it appears and is announced', () => {
    const { rerender } = render(<Form errors={[]} />);
    rerender(<Form errors={[{ fieldId: 'need-title', message: 'タイトルを書いてください' }]} />);
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(summary.textContent).toContain('入力を確かめてください');
  });

  it('moves focus to the field when its link is followed', async () => {
    render(<Form errors={[{ fieldId: 'need-title', message: 'タイトルを書いてください' }]} />);
    const link = screen.getByRole('link', { name: 'タイトルを書いてください' });
    expect(link.getAttribute('href')).toBe('#need-title');
    await userEvent.click(link);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'タイトル' }));
  });
});
