import type { AnchorHTMLAttributes } from 'react';
import { Link } from 'react-router';

/** Lets the UI kit's links (which take `href`) navigate inside the app without a reload. */
export function RouterAnchor({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <Link to={href} {...rest} />;
}
