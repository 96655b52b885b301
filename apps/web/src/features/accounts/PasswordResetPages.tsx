import { useMutation } from '@apollo/client/react';
import { RequestPasswordResetDocument, ResetPasswordDocument } from '@tsunagu/shared/graphql-client';
import { Notice } from '@tsunagu/shared/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { PasswordLinkPage } from './components/PasswordLinkPage';
import { checkEmail } from './field-checks';
import { TryAgainNotice } from '../../app/TryAgainNotice';
import { EmailField } from './components/AccountFields';
import { FormPage } from '../../shared/FormPage';

/** Step 1: ask for a link by mail (the answer is the same whether the account exists or not). */
export function ResetRequestPage() {
  const { t } = useTranslation();
  usePageTitle(t('reset.title'));
  const [email, setEmail] = useState('');
  const [touched, setTouched] = useState(false);
  const [request, { data, loading, error }] = useMutation(RequestPasswordResetDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!checkEmail(t, email)) await request({ variables: { email } }).catch(() => null);
  };
  return (
    <FormPage
      title={t('reset.title')}
      lead={t('reset.lead')}
      done={data ? <Notice title={t('reset.sentTitle')}>{t('reset.sentBody')}</Notice> : undefined}
      onSubmit={(e) => void submit(e)}
      noValidate
      submitLabel={t('reset.send')}
      submitDisabled={loading}
    >
      <TryAgainNotice error={error} />
      <EmailField
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        onBlur={() => setTouched(true)}
        error={touched ? checkEmail(t, email) : undefined}
      />
    </FormPage>
  );
}

/** Step 2: the link from the mail; a new password, then signed in here and out everywhere else. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [reset, { loading, error }] = useMutation(ResetPasswordDocument);
  return (
    <PasswordLinkPage
      title={t('reset.newTitle')}
      lead={t('reset.newLead')}
      error={error}
      failedTitle={t('reset.failed')}
      againHref="/reset-password/request"
      againLabel={t('reset.again')}
      loading={loading}
      field={{ label: t('form.newPassword'), hint: t('form.passwordHint'), autoComplete: 'new-password' }}
      submitLabel={t('reset.save')}
      onSubmit={async (password) => {
        const result = await reset({
          variables: { input: { token: params.get('token') ?? '', newPassword: password } },
        }).catch(() => null);
        if (result?.data) void navigate('/me');
      }}
    />
  );
}
