import { Notice } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../features/accounts/field-checks';

/** What went wrong with a request (the server's message, or "try again"), or nothing. */
export function ErrorNotice({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Notice tone="error" title={title ?? t('form.tryAgain')}>
      {errorMessage(error, t('form.tryAgain'))}
    </Notice>
  );
}
