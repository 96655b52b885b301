import { Notice, TextField } from '@tsunagu/shared/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../../app/usePageTitle';
import { FormPage } from '../../../shared/FormPage';
import { checkPassword, errorMessage } from '../field-checks';

export interface PasswordLinkPageProps {
  title: string;
  lead: string;
  /** The error of the last try, with a link to start again (a used or expired link). */
  error?: unknown;
  failedTitle: string;
  againHref: string;
  againLabel: string;
  loading: boolean;
  field: {
    label: string;
    hint: string;
    autoComplete: 'current-password' | 'new-password';
    required?: boolean;
    testId?: string;
  };
  submitLabel: string;
  submitTestId?: string;
  /** Called with a password that passed the check. */
  onSubmit: (password: string) => Promise<void>;
}

/**
 * The page a mailed link opens (finishing sign-up, choosing a new password): one password,
 * checked here first, then sent with the link's token.
 */
export function PasswordLinkPage(props: PasswordLinkPageProps) {
  const { t } = useTranslation();
  usePageTitle(props.title);
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!checkPassword(t, password)) await props.onSubmit(password);
  };
  const { field } = props;
  return (
    <FormPage
      title={props.title}
      lead={props.lead}
      notices={
        props.error ? (
          <Notice tone="error" title={props.failedTitle}>
            {errorMessage(props.error, t('form.tryAgain'))} <Link to={props.againHref}>{props.againLabel}</Link>
          </Notice>
        ) : null
      }
      onSubmit={(e) => void submit(e)}
      noValidate
      submitLabel={props.submitLabel}
      submitDisabled={props.loading}
      submitTestId={props.submitTestId}
    >
      <TextField
        label={field.label}
        hint={field.hint}
        type="password"
        autoComplete={field.autoComplete}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        onBlur={() => setTouched(true)}
        error={touched ? checkPassword(t, password) : undefined}
        required={field.required}
        requiredLabel={field.required ? t('form.requiredLabel') : undefined}
        data-testid={field.testId}
      />
    </FormPage>
  );
}
