import { useApolloClient, useMutation } from '@apollo/client/react';
import { ConfirmSignUpDocument } from '@tsunagu/shared/graphql-client';
import { Button, Container, Notice, PageHeading, Stack } from '@tsunagu/shared/ui';
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from './field-checks';

/**
 * Step 2 of sign-up: the link from the mail. The person presses a button rather than the page
 * confirming on load, so that a mail scanner opening the link cannot use it up.
 */
export function SignUpConfirmPage() {
  const { t } = useTranslation();
  usePageTitle(t('signUp.confirmTitle'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [confirm, { loading, error }] = useMutation(ConfirmSignUpDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await confirm({ variables: { token: params.get('token') ?? '' } }).catch(() => null);
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
        <form onSubmit={(e) => void submit(e)}>
          <Button type="submit" disabled={loading} data-testid="signup-confirm">
            {t('signUp.confirmSubmit')}
          </Button>
        </form>
      </Stack>
    </Container>
  );
}
