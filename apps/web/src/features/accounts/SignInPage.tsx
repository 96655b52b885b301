import { useApolloClient, useMutation } from '@apollo/client/react';
import { SignInDocument } from '@tsunagu/shared/graphql-client';
import { Notice } from '@tsunagu/shared/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { checkEmail, errorMessage } from './field-checks';
import { EmailField, PasswordField } from './components/AccountFields';
import { FormPage } from '../../shared/FormPage';

/** Where to go after signing in: only a path of this site (never another site: no open redirect). */
export function safeNext(next: string | null): string | null {
  return next && /^\/(?![/\\])[\w\-./?=&%]*$/.test(next) ? next : null;
}

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.login'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const client = useApolloClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [signIn, { loading, error }] = useMutation(SignInDocument);
  const emailProblem = touched ? checkEmail(t, email) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (checkEmail(t, email) || !password) return;
    const result = await signIn({ variables: { email, password } }).catch(() => null);
    if (result?.data) {
      await client.resetStore();
      void navigate(next ?? (result.data.signIn.role === 'MEMBER' ? '/me' : '/staff'));
    }
  };

  return (
    <FormPage
      title={t('nav.login')}
      lead={t('signIn.lead')}
      notices={
        error && (
          <Notice tone="error" title={t('signIn.failed')}>
            {errorMessage(error, t('form.tryAgain'))}
          </Notice>
        )
      }
      onSubmit={(e) => void submit(e)}
      noValidate
      submitLabel={t('signIn.submit')}
      submitDisabled={loading}
      submitTestId="signin-submit"
      after={
        <>
          <p>
            <Link to="/signup">{t('signIn.toSignUp')}</Link>
          </p>
          <p>
            <Link to="/reset-password/request">{t('signIn.forgot')}</Link>
          </p>
        </>
      }
    >
      <EmailField
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        onBlur={() => setTouched(true)}
        error={emailProblem}
        data-testid="signin-email"
      />
      <PasswordField
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        data-testid="signin-password"
      />
    </FormPage>
  );
}
