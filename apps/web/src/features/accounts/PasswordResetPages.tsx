import { useMutation } from '@apollo/client/react';
import { RequestPasswordResetDocument, ResetPasswordDocument } from '@tsunagu/shared/graphql-client';
import { Button, Container, Notice, PageHeading, Stack, TextField } from '@tsunagu/shared/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { checkEmail, checkPassword, errorMessage } from './field-checks';

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
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <PageHeading lead={t('reset.lead')}>{t('reset.title')}</PageHeading>
        {data ? (
          <Notice title={t('reset.sentTitle')}>{t('reset.sentBody')}</Notice>
        ) : (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack gap="md">
              {error && (
                <Notice tone="error" title={t('form.tryAgain')}>
                  {errorMessage(error, t('form.tryAgain'))}
                </Notice>
              )}
              <TextField
                label={t('form.email')}
                type="email"
                autoComplete="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                onBlur={() => setTouched(true)}
                error={touched ? checkEmail(t, email) : undefined}
              />
              <div>
                <Button type="submit" disabled={loading}>
                  {t('reset.send')}
                </Button>
              </div>
            </Stack>
          </form>
        )}
      </Stack>
    </Container>
  );
}

/** Step 2: the link from the mail; a new password, then signed in here and out everywhere else. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('reset.newTitle'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [reset, { loading, error }] = useMutation(ResetPasswordDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (checkPassword(t, password)) return;
    const result = await reset({
      variables: { input: { token: params.get('token') ?? '', newPassword: password } },
    }).catch(() => null);
    if (result?.data) void navigate('/me');
  };
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <PageHeading lead={t('reset.newLead')}>{t('reset.newTitle')}</PageHeading>
        {error && (
          <Notice tone="error" title={t('reset.failed')}>
            {errorMessage(error, t('form.tryAgain'))} <Link to="/reset-password/request">{t('reset.again')}</Link>
          </Notice>
        )}
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <TextField
              label={t('form.newPassword')}
              hint={t('form.passwordHint')}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              onBlur={() => setTouched(true)}
              error={touched ? checkPassword(t, password) : undefined}
            />
            <div>
              <Button type="submit" disabled={loading}>
                {t('reset.save')}
              </Button>
            </div>
          </Stack>
        </form>
      </Stack>
    </Container>
  );
}
