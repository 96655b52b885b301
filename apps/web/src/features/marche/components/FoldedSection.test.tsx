import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FoldedSection } from './FoldedSection';

describe(FoldedSection.name, () => {
  it('shows its heading and count while folded, and its content once opened', () => {
    render(
      <FoldedSection id="apps" title="申し込み" count="審査待ち 3件" testId="section-apps">
        <p>中身</p>
      </FoldedSection>,
    );
    const details = screen.getByTestId('section-apps').closest('details') as HTMLDetailsElement;
    expect(screen.getByRole('heading', { name: '申し込み' })).toBeTruthy();
    expect(screen.getByText('審査待ち 3件')).toBeTruthy();
    expect(details.open).toBe(false);
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect(details.open).toBe(true);
  });

  it('opens the most-used part from the start, and every part for printing', () => {
    render(
      <>
        <FoldedSection id="first" title="一番目" defaultOpen testId="first">
          <p>一</p>
        </FoldedSection>
        <FoldedSection id="second" title="二番目" testId="second">
          <p>二</p>
        </FoldedSection>
      </>,
    );
    const open = (testId: string) => (screen.getByTestId(testId).closest('details') as HTMLDetailsElement).open;
    expect(open('first')).toBe(true);
    expect(open('second')).toBe(false);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(open('second')).toBe(true);
  });
});
