import type { ReactNode } from 'react';

export interface SkipLinkProps {
  children: ReactNode;
  /** The id of the main content, with `#`. */
  href?: string;
}

/** The first link on the page; hidden until focused, it jumps past the header. */
export function SkipLink({ children, href = '#main' }: SkipLinkProps) {
  return (
    <a className="ui-skip-link" href={href}>
      {children}
    </a>
  );
}
