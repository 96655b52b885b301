import type { ReactNode } from 'react';

export interface ShortListProps<T> {
  items: readonly T[];
  itemKey: (item: T) => string;
  render: (item: T) => ReactNode;
  /** how many show before the rest fold away */
  visible: number;
  /** the fold's label, e.g. 「ほかに 4 件」 */
  moreLabel: (hidden: number) => string;
  className?: string;
  testId?: string;
}

/**
 * A list that shows its first few items and folds the rest into a <details>, so a long list
 * does not push everything after it many screens down on a phone. The fold opens by keyboard.
 */
export function ShortList<T>({ items, itemKey, render, visible, moreLabel, className, testId }: ShortListProps<T>) {
  const shown = items.slice(0, visible);
  const folded = items.slice(visible);
  const list = (part: readonly T[]) => (
    <ul className={['plain-list', className].filter(Boolean).join(' ')}>
      {part.map((item) => (
        <li key={itemKey(item)}>{render(item)}</li>
      ))}
    </ul>
  );
  return (
    <div data-testid={testId}>
      {list(shown)}
      {folded.length > 0 && (
        <details className="outreach-more">
          <summary>{moreLabel(folded.length)}</summary>
          {list(folded)}
        </details>
      )}
    </div>
  );
}
