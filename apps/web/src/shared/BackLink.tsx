import { ButtonLink } from '@tsunagu/shared/ui';
import type { ReactNode } from 'react';
import { RouterAnchor } from '../app/RouterAnchor';

/** The way back to a list, as a secondary button on its own line. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <div>
      <ButtonLink href={href} as={RouterAnchor} variant="secondary">
        {children}
      </ButtonLink>
    </div>
  );
}
