import { useMutation } from '@apollo/client/react';
import { HideNeedDocument } from '@tsunagu/shared/graphql-client';
import { Button, Stack, TextArea } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import type { Need } from '../need-types';
import { ErrorNotice } from '../../../shared/ErrorNotice';
import { useTextInput } from '../../../shared/useTextInput';

/**
 * Staff hide an abusive post (or show it again); the group sees the reason, the audit log keeps it.
 * The answer is the need itself: Apollo's cache updates the page by its id.
 */
export function NeedStaffModeration({ need }: { need: Need }) {
  const { t } = useTranslation();
  const reason = useTextInput();
  const [hide, { loading, error, data }] = useMutation(HideNeedDocument);
  return (
    <details className="need-page__close" data-testid="need-staff">
      <summary>{need.hidden ? t('needs.staffShowTitle') : t('needs.staffTitle')}</summary>
      <Stack gap="md">
        {!need.hidden && (
          <TextArea label={t('needs.staffReason')} hint={t('needs.staffReasonHint')} rows={2} {...reason.bind} />
        )}
        <ErrorNotice error={error} />
        {data && <p role="status">{t('needs.staffDone')}</p>}
        <div>
          <Button
            variant={need.hidden ? 'primary' : 'secondary'}
            disabled={loading}
            onClick={() =>
              void hide({
                variables: { id: need.id, hidden: !need.hidden, reason: reason.value.trim() || null },
              }).catch(() => undefined)
            }
          >
            {need.hidden ? t('needs.staffShow') : t('needs.staffHide')}
          </Button>
        </div>
      </Stack>
    </details>
  );
}
