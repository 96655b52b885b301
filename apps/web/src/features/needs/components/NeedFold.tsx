import { useState, type ReactNode } from 'react';

interface Props {
  summary: ReactNode;
  /** open whatever the officer did: something inside needs her (an error the summary links to) */
  forceOpen?: boolean;
  className?: string;
  testId?: string;
  children: ReactNode;
}

/**
 * A part of the form folded away until asked for (<details>, so it works with any keyboard and
 * screen reader). It opens by itself when a problem inside must be seen: a link of the error
 * summary can then focus the field.
 */
export function NeedFold({ summary, forceOpen = false, className, testId, children }: Props) {
  const [opened, setOpened] = useState(false);
  const open = opened || forceOpen;
  return (
    <details
      className={['need-fold', className].filter(Boolean).join(' ')}
      open={open}
      onToggle={(e) => setOpened(e.currentTarget.open)}
      data-testid={testId}
    >
      <summary className="need-fold__summary">{summary}</summary>
      <div className="need-fold__body">{children}</div>
    </details>
  );
}
