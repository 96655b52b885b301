import { TextField, type TextFieldProps } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';

type AccountFieldProps = Omit<TextFieldProps, 'label' | 'type'>;

/** The e-mail field of every account form: the same label, keyboard and autofill everywhere. */
export function EmailField(props: AccountFieldProps) {
  const { t } = useTranslation();
  return <TextField label={t('form.email')} type="email" autoComplete="email" {...props} />;
}

/**
 * The password field of every account form. `autoComplete` says which password it is, so the
 * phone's password manager offers the saved one (current) or a new strong one (new).
 */
export function PasswordField(props: AccountFieldProps & { autoComplete: 'current-password' | 'new-password' }) {
  const { t } = useTranslation();
  return <TextField label={t('form.password')} type="password" {...props} />;
}
