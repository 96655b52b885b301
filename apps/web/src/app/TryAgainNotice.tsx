import { Notice } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../features/accounts/field-checks';

/** What went wrong with the last request, announced at once, with the server's words when it gave some. */
export function TryAgainNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Notice tone="error" title={t('form.tryAgain')}>
      {errorMessage(error, t('form.tryAgain'))}
    </Notice>
  );
}
