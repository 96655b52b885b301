import { useApolloClient, useMutation } from '@apollo/client/react';
import { ConfirmSignUpDocument } from '@tsunagu/shared/graphql-client';
import { Button, Container, Notice, PageHeading, Stack, TextField } from '@tsunagu/shared/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { checkPassword, errorMessage } from './field-checks';

/**
 * Step 2 of sign-up: the link from the mail, and the password chosen at sign-up (so that the
 * owner of an address cannot be handed an account someone else set up with it). Nothing happens
 * on load, so a mail scanner opening the link cannot use it up.
 */
export function SignUpConfirmPage() {
  const { t } = useTranslation();
  usePageTitle(t('signUp.confirmTitle'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [confirm, { loading, error }] = useMutation(ConfirmSignUpDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (checkPassword(t, password)) return;
    const result = await confirm({ variables: { token: params.get('token') ?? '', password } }).catch(() => null);
    if (result?.data) {
      await client.resetStore();
      void navigate('/me');
    }
  };
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <PageHeading lead={t('signUp.confirmLead')}>{t('signUp.confirmTitle')}</PageHeading>
        {error && (
          <Notice tone="error" title={t('signUp.confirmFailed')}>
            {errorMessage(error, t('form.tryAgain'))} <Link to="/signup">{t('signUp.again')}</Link>
          </Notice>
        )}
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <TextField
              label={t('form.password')}
              hint={t('signUp.confirmPasswordHint')}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              onBlur={() => setTouched(true)}
              error={touched ? checkPassword(t, password) : undefined}
              required
              requiredLabel={t('form.requiredLabel')}
              data-testid="signup-confirm-password"
            />
            <div>
              <Button type="submit" disabled={loading} data-testid="signup-confirm">
                {t('signUp.confirmSubmit')}
              </Button>
            </div>
          </Stack>
        </form>
      </Stack>
    </Container>
  );
}
