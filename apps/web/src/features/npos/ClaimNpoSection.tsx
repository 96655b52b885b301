import { useMutation } from '@apollo/client/react';
import { ClaimNpoDocument } from '@tsunagu/shared/graphql-client';
import { Button, ButtonLink, Notice, Stack } from '@tsunagu/shared/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../app/RouterAnchor';
import { errorMessage } from '../accounts/field-checks';
import { useMe } from '../accounts/hooks/useMe';

/** On an NPO's page: its members ask to look after it (staff decide), or edit it once approved. */
export function ClaimNpoSection({ npoId, canEdit }: { npoId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const messageId = useId();
  const [message, setMessage] = useState('');
  const [claim, { data, loading, error }] = useMutation(ClaimNpoDocument);
  return (
    <section aria-labelledby="npo-claim" className="npo-page__claim">
      <h2 id="npo-claim">{t('claim.title')}</h2>
      {canEdit ? (
        <ButtonLink href={`/npos/${npoId}/edit`} as={RouterAnchor} data-testid="npo-edit">
          {t('claim.edit')}
        </ButtonLink>
      ) : !me ? (
        <p>{t('claim.signIn')}</p>
      ) : data ? (
        <Notice title={t('claim.sentTitle')}>
          <span data-testid="claim-sent">{t('claim.sentBody')}</span>
        </Notice>
      ) : (
        <Stack gap="sm">
          <p>{t('claim.body')}</p>
          {error && (
            <Notice tone="error" title={t('form.tryAgain')}>
              {errorMessage(error, t('form.tryAgain'))}
            </Notice>
          )}
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={messageId}>
              {t('claim.message')}
            </label>
            <p className="ui-field__hint" id={`${messageId}-hint`}>
              {t('claim.messageHint')}
            </p>
            <textarea
              id={messageId}
              className="ui-field__input"
              rows={3}
              value={message}
              onChange={(e) => setMessage(e.target.value)}
              aria-describedby={`${messageId}-hint`}
              data-testid="claim-message"
            />
          </div>
          <div>
            <Button
              disabled={loading || message.trim().length < 5}
              onClick={() => void claim({ variables: { npoId, message } }).catch(() => null)}
              data-testid="claim-submit"
            >
              {t('claim.submit')}
            </Button>
          </div>
        </Stack>
      )}
    </section>
  );
}
