import type { ButtonHTMLAttributes, ReactNode } from 'react';

export interface ChipProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  selected: boolean;
  label: ReactNode;
  /** e.g. how many results choosing it would give */
  count?: number;
}

/**
 * A large on/off filter button: aria-pressed tells screen readers whether it is chosen. An
 * unchosen chip shows ＋ (it can be added) and a chosen one ✓, so neither looks empty or
 * switched off; the mark is the same width both ways, so choosing one does not move the others.
 */
export function Chip({ selected, label, count, className, ...rest }: ChipProps) {
  return (
    <button
      type="button"
      aria-pressed={selected}
      className={['ui-chip', selected ? 'ui-chip--selected' : '', className].filter(Boolean).join(' ')}
      {...rest}
    >
      {/* One line of text inside: at 200 % text it wraps between words like a sentence, not per letter. */}
      <span className="ui-chip__body">
        <span className="ui-chip__mark" aria-hidden="true">
          {selected ? '✓' : '＋'}
        </span>
        <span className="ui-chip__label">{label}</span>
        {count !== undefined && <span className="ui-chip__count">{count}</span>}
      </span>
    </button>
  );
}
