import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { NeedIntroductionsDocument, RequestIntroductionDocument } from '@tsunagu/shared/graphql-client';
import { Button } from '@tsunagu/shared/ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../accounts/field-checks';
import { InlineError } from '../../../shared/InlineError';
import type { IntroductionRequest } from '../hooks/useNeedIntroductions';
import { IntroductionStatus } from './IntroductionStatus';

interface Props {
  needId: string;
  npoId: string;
  npoName: string;
  /** the group's request to this NPO, if it asked already */
  existing?: IntroductionRequest;
}

const isConflict = (error: unknown) =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'CONFLICT');

/**
 * 「申し出をお願いする」 for any NPO, whether or not it uses the service: the answer says in
 * plain words what happens next (its members are told, or the city passes it on). The status
 * replaces the button in place, in a live region that is there from the start.
 */
export function InviteNpoButton({ needId, npoId, npoName, existing }: Props) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const statusRef = useRef<HTMLDivElement>(null);
  const [ask, { data, loading, error }] = useMutation(RequestIntroductionDocument, {
    // The new request joins the need's list (「お願いしたNPO」) without loading it again.
    update(cache, { data: answer }) {
      const request = answer?.requestIntroduction;
      if (!request) return;
      cache.updateQuery({ query: NeedIntroductionsDocument, variables: { needId } }, (list) =>
        list && !list.needIntroductions.some((r) => r.id === request.id)
          ? { needIntroductions: [...list.needIntroductions, request] }
          : list,
      );
    },
  });
  const request = data?.requestIntroduction ?? existing;
  const justAsked = Boolean(data?.requestIntroduction);

  // The button is gone: keep the keyboard where the answer is.
  useEffect(() => {
    if (justAsked) statusRef.current?.focus();
  }, [justAsked]);

  const send = () =>
    void ask({ variables: { needId, npoId } }).catch((refusal: unknown) => {
      // Asked already (another tab, another officer of the group): show that request instead.
      if (isConflict(refusal)) void client.refetchQueries({ include: [NeedIntroductionsDocument] });
    });

  return (
    <div>
      <div role="status" ref={statusRef} tabIndex={-1} data-testid="introduction-status">
        {request && <IntroductionStatus request={request} />}
      </div>
      {!request && (
        <Button
          variant="secondary"
          disabled={loading}
          onClick={send}
          aria-label={t('needs.inviteFor', { name: npoName })}
          data-testid="invite-npo"
        >
          {t('needs.invite')}
        </Button>
      )}
      {error && !request && !isConflict(error) && (
        <InlineError>{errorMessage(error, t('introductions.askFailed'))}</InlineError>
      )}
    </div>
  );
}
