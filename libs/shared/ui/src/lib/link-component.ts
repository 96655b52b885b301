import type { AnchorHTMLAttributes, ComponentType } from 'react';

/**
 * What renders a link. Plain `<a>` by default; an app with a client-side router passes its own
 * component (taking `href`) so the kit stays free of any router.
 */
export type LinkComponent = 'a' | ComponentType<AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }>;
