import { useMutation } from '@apollo/client/react';
import { SignUpDocument } from '@tsunagu/shared/graphql-client';
import { Container, Notice, PageHeading, Stack, TextField } from '@tsunagu/shared/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { pendingClaimCode } from '../claim/pending-claim-code';
import { checkDisplayName, checkEmail, checkPassword, errorMessage } from './field-checks';
import { EmailField, PasswordField } from './components/AccountFields';
import { FormPage } from '../../shared/FormPage';

/**
 * Step 1 of sign-up: the answer is always "we sent you a mail" (a new address gets the link, a
 * registered one a note to its owner), so the form never tells who is registered. Someone
 * who came with a letter's code is told it is kept for after the mail link.
 */
export function SignUpPage() {
  const { t } = useTranslation();
  usePageTitle(t('signUp.title'));
  const [form, setForm] = useState({ displayName: '', email: '', password: '' });
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [signUp, { data, loading, error }] = useMutation(SignUpDocument);
  const [claimCode] = useState(pendingClaimCode);
  const problems = {
    displayName: checkDisplayName(t, form.displayName),
    email: checkEmail(t, form.email),
    password: checkPassword(t, form.password),
  };
  const shown = (key: keyof typeof problems) => (touched[key] ? problems[key] : undefined);
  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }),
    onBlur: () => setTouched({ ...touched, [key]: true }),
    error: shown(key),
    required: true,
    requiredLabel: t('form.requiredLabel'),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched({ displayName: true, email: true, password: true });
    if (Object.values(problems).some(Boolean)) return;
    await signUp({ variables: { input: form } }).catch(() => null);
  };

  if (data?.signUp) {
    return (
      <Container width="narrow" className="page">
        <Stack gap="lg">
          <PageHeading>{t('signUp.title')}</PageHeading>
          <div data-testid="signup-sent">
            <Notice title={t('signUp.sentTitle')}>
              <p>{t('signUp.sentBody')}</p>
              <p>{t('signUp.sentNote')}</p>
              {claimCode && <p data-testid="signup-claim-other-device">{t('claimCode.signUpOtherDevice')}</p>}
            </Notice>
          </div>
        </Stack>
      </Container>
    );
  }

  return (
    <FormPage
      title={t('signUp.title')}
      lead={t('signUp.lead')}
      notices={
        <>
          {claimCode && (
            <Notice>
              <span data-testid="signup-claim-kept">{t('claimCode.signUpKept', { code: claimCode })}</span>
            </Notice>
          )}
          {error && (
            <Notice tone="error" title={t('signUp.failed')}>
              {errorMessage(error, t('form.tryAgain'))}
            </Notice>
          )}
        </>
      }
      onSubmit={(e) => void submit(e)}
      noValidate
      submitLabel={t('signUp.submit')}
      submitDisabled={loading}
      submitTestId="signup-submit"
      after={
        <p>
          <Link to="/login">{t('signUp.toSignIn')}</Link>
        </p>
      }
    >
      <TextField
        label={t('form.displayName')}
        hint={t('form.displayNameHint')}
        autoComplete="name"
        {...field('displayName')}
        data-testid="signup-name"
      />
      <EmailField hint={t('form.emailHint')} {...field('email')} data-testid="signup-email" />
      <PasswordField
        hint={t('form.passwordHint')}
        autoComplete="new-password"
        {...field('password')}
        data-testid="signup-password"
      />
    </FormPage>
  );
}
