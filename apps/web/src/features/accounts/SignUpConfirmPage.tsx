import { useApolloClient, useMutation } from '@apollo/client/react';
import { ConfirmSignUpDocument } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { claimPath, takePendingClaimCode } from '../claim/pending-claim-code';
import { PasswordLinkPage } from './components/PasswordLinkPage';

/**
 * Step 2 of sign-up: the link from the mail, and the password chosen at sign-up (so that the
 * owner of an address cannot be handed an account someone else set up with it). Nothing happens
 * on load, so a mail scanner opening the link cannot use it up. Someone who came with a
 * letter's code (kept on this device at sign-up) goes on to claim their NPO.
 */
export function SignUpConfirmPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [confirm, { loading, error }] = useMutation(ConfirmSignUpDocument);
  return (
    <PasswordLinkPage
      title={t('signUp.confirmTitle')}
      lead={t('signUp.confirmLead')}
      error={error}
      failedTitle={t('signUp.confirmFailed')}
      againHref="/signup"
      againLabel={t('signUp.again')}
      loading={loading}
      field={{
        label: t('form.password'),
        hint: t('signUp.confirmPasswordHint'),
        autoComplete: 'current-password',
        required: true,
        testId: 'signup-confirm-password',
      }}
      submitLabel={t('signUp.confirmSubmit')}
      submitTestId="signup-confirm"
      onSubmit={async (password) => {
        const result = await confirm({ variables: { token: params.get('token') ?? '', password } }).catch(() => null);
        if (result?.data) {
          await client.resetStore();
          const code = takePendingClaimCode();
          void navigate(code ? claimPath(code) : '/me');
        }
      }}
    />
  );
}
