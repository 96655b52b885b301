import { render, screen } from '@testing-library/react';
import type { AnchorHTMLAttributes } from 'react';
import { describe, expect, it } from 'vitest';
import { SignInRequired } from './SignInRequired';

describe('SignInRequired', () => {
  it('links to sign-in with the return path and to sign-up', () => {
    render(
      <SignInRequired
        message="ログインしてください"
        next="/needs/new?group=1"
        signInLabel="ログイン"
        signUpLabel="新規登録"
      />,
    );
    expect(screen.getByText('ログインしてください')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ログイン' }).getAttribute('href')).toBe(
      '/login?next=%2Fneeds%2Fnew%3Fgroup%3D1',
    );
    expect(screen.getByRole('link', { name: '新規登録' }).getAttribute('href')).toBe('/signup');
  });

  it('renders its links with the given link component and leaves sign-up out when not asked', () => {
    const Routed = (props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) => (
      <a data-routed="yes" {...props} />
    );
    render(<SignInRequired message="m" next="/me" signInLabel="Sign in" as={Routed} />);
    const link = screen.getByRole('link', { name: 'Sign in' });
    expect(link.dataset['routed']).toBe('yes');
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });
});
