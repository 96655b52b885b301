import type { AnchorHTMLAttributes, ButtonHTMLAttributes } from 'react';
import type { LinkComponent } from './link-component';

export type ButtonVariant = 'primary' | 'secondary';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
}

/** A real `<button>`, type="button" unless told otherwise, at least 48 px tall. */
export function Button({ variant = 'primary', type = 'button', className, ...rest }: ButtonProps) {
  return <button type={type} className={classes(variant, className)} {...rest} />;
}

export interface ButtonLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
  variant?: ButtonVariant;
  /** The component that renders the link, e.g. a router link taking `href`. */
  as?: LinkComponent;
}

/** A link (it goes somewhere) that looks like a button. */
export function ButtonLink({ variant = 'primary', as: Link = 'a', className, ...rest }: ButtonLinkProps) {
  return <Link className={classes(variant, className)} {...rest} />;
}

function classes(variant: ButtonVariant, extra?: string): string {
  return ['ui-button', `ui-button--${variant}`, extra].filter(Boolean).join(' ');
}
