import { Button, Stack, TextField } from '@tsunagu/shared/ui';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkEmail } from '../../accounts/field-checks';

interface Props {
  emailLabel: string;
  submitLabel: string;
  busy: boolean;
  /** adds the person with the trimmed address; true when it was done, so the field empties */
  onAdd: (email: string) => Promise<boolean>;
  emailTestId: string;
  submitTestId: string;
  /** what else is asked about the person (a delegate's relation), shown under the address */
  children?: ReactNode;
}

/**
 * Adding a person by the address they signed up with, as centre staff and delegates both are:
 * the address is checked here before anything is sent, and the server's refusal is shown by the
 * caller next to its own list.
 */
export function AddPersonByEmailForm({
  emailLabel,
  submitLabel,
  busy,
  onAdd,
  emailTestId,
  submitTestId,
  children,
}: Props) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = checkEmail(t, email.trim());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (problem) return;
    if (await onAdd(email.trim())) {
      setEmail('');
      setTouched(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <TextField
          label={emailLabel}
          hint={t('form.emailHint')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={touched ? problem : undefined}
          required
          requiredLabel={t('form.requiredLabel')}
          data-testid={emailTestId}
        />
        {children}
        <div>
          <Button type="submit" disabled={busy} data-testid={submitTestId}>
            {submitLabel}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
