import { useMutation } from '@apollo/client/react';
import { ClaimNpoDocument } from '@tsunagu/shared/graphql-client';
import { Button, ButtonLink, Notice, SignInRequired, Stack, TextArea } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { RouterAnchor } from '../../../app/RouterAnchor';
import { useMe } from '../../accounts/hooks/useMe';
import { TryAgainNotice } from '../../../app/TryAgainNotice';

/** On an NPO's page: its members ask to look after it (staff decide), or edit it once approved. */
export function ClaimNpoSection({ npoId, canEdit }: { npoId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const location = useLocation();
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
        <SignInRequired
          message={t('claim.signIn')}
          next={location.pathname}
          signInLabel={t('nav.login')}
          signUpLabel={t('signIn.toSignUp')}
          as={RouterAnchor}
        />
      ) : data ? (
        <Notice title={t('claim.sentTitle')}>
          <span data-testid="claim-sent">{t('claim.sentBody')}</span>
        </Notice>
      ) : (
        <Stack gap="sm">
          <p>{t('claim.body')}</p>
          <TryAgainNotice error={error} />
          <TextArea
            label={t('claim.message')}
            hint={t('claim.messageHint')}
            rows={3}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            data-testid="claim-message"
          />
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
