import { SignInRequired } from '@tsunagu/shared/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { NarrowPage } from './NarrowPage';
import { RouterAnchor } from './RouterAnchor';

export interface SignInGateProps {
  /** The page's heading, as it is when signed in. */
  title: ReactNode;
  /** Why this page needs signing in. */
  message: ReactNode;
}

/** A whole page that asks to sign in first and comes back here (path and query) afterwards. */
export function SignInGate({ title, message }: SignInGateProps) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <NarrowPage title={title}>
      <SignInRequired
        message={message}
        next={`${location.pathname}${location.search}`}
        signInLabel={t('nav.login')}
        signUpLabel={t('signIn.toSignUp')}
        as={RouterAnchor}
      />
    </NarrowPage>
  );
}
