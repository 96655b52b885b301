import type { ReactNode } from 'react';
import { ButtonLink } from './Button';
import type { LinkComponent } from './link-component';

export interface SignInRequiredProps {
  /** Why signing in is needed here. */
  message: ReactNode;
  title?: ReactNode;
  /** Where to come back to after signing in, a path of this site, e.g. the current page. */
  next: string;
  signInLabel: ReactNode;
  signInPath?: string;
  /** Shown as a second link when given, for people without an account. */
  signUpLabel?: ReactNode;
  signUpPath?: string;
  /** The component that renders the links, e.g. a router link taking `href`. */
  as?: LinkComponent;
}

/** The sign-in gate: what needs signing in, a sign-in link that returns here, a sign-up link. */
export function SignInRequired({
  message,
  title,
  next,
  signInLabel,
  signInPath = '/login',
  signUpLabel,
  signUpPath = '/signup',
  as,
}: SignInRequiredProps) {
  return (
    <div className="ui-sign-in-required">
      {title && <p className="ui-sign-in-required__title">{title}</p>}
      <p>{message}</p>
      <p className="ui-sign-in-required__actions">
        <ButtonLink href={`${signInPath}?next=${encodeURIComponent(next)}`} as={as}>
          {signInLabel}
        </ButtonLink>
        {signUpLabel && (
          <ButtonLink href={signUpPath} variant="secondary" as={as}>
            {signUpLabel}
          </ButtonLink>
        )}
      </p>
    </div>
  );
}
