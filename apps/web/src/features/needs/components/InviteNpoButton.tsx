import { useMutation } from '@apollo/client/react';
import { InviteNpoToNeedDocument } from '@tsunagu/shared/graphql-client';
import { Button } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../accounts/field-checks';
import { InlineError } from '../../../shared/InlineError';

interface Props {
  needId: string;
  npoId: string;
  npoName: string;
}

/** The group invites a suggested NPO to offer; says whether it was invited already. */
export function InviteNpoButton({ needId, npoId, npoName }: Props) {
  const { t } = useTranslation();
  const [invite, { data, loading, error }] = useMutation(InviteNpoToNeedDocument);
  return (
    <div>
      {data ? (
        <p role="status" className="need-page__done">
          {data.inviteNpoToNeed ? t('needs.invited') : t('needs.alreadyInvited')}
        </p>
      ) : (
        <Button
          variant="secondary"
          disabled={loading}
          onClick={() => void invite({ variables: { needId, npoId } }).catch(() => null)}
          aria-label={t('needs.inviteFor', { name: npoName })}
        >
          {t('needs.invite')}
        </Button>
      )}
      {error && <InlineError>{errorMessage(error, t('form.tryAgain'))}</InlineError>}
    </div>
  );
}
