import { useMutation } from '@apollo/client/react';
import { type MarcheApplicationItemFragment, ReviewMarcheApplicationDocument } from '@tsunagu/shared/graphql-client';
import { Button, Stack, TextArea } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../accounts/field-checks';
import { InlineError } from '../../../shared/InlineError';
import { useTextInput } from '../../../shared/useTextInput';
import { MarcheStatusTag } from './MarcheStatusTag';
import { MessageMarcheApplicant } from './MessageMarcheApplicant';

/** One application: who, what, status; accept or reject (with a reason the NPO sees). */
export function StaffApplicationItem({
  application: a,
  onReviewed,
}: {
  application: MarcheApplicationItemFragment;
  onReviewed: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [review, { loading, error }] = useMutation(ReviewMarcheApplicationDocument);
  const [rejecting, setRejecting] = useState(false);
  const reason = useTextInput();
  const decide = (decision: 'ACCEPT' | 'REJECT') =>
    void review({ variables: { id: a.id, decision, reason: decision === 'REJECT' ? reason.value.trim() : null } }).then(
      onReviewed,
      () => undefined,
    );
  const open = a.status === 'PENDING' || a.status === 'WAITLISTED';
  return (
    <li className="staff-item" data-testid="marche-application">
      <strong>{a.npoName}</strong> <MarcheStatusTag application={a} />
      <br />
      {a.title}
      <p className="marche-application__text">{a.description}</p>
      {a.reviewReason && <p>{t('staff.labelled', { label: t('marche.reason'), value: a.reviewReason })}</p>}
      {error && <InlineError>{errorMessage(error, t('form.tryAgain'))}</InlineError>}
      {open && !rejecting && (
        <div className="button-row">
          <Button
            disabled={loading}
            onClick={() => decide('ACCEPT')}
            aria-label={t('marche.acceptFor', { name: a.npoName })}
          >
            {t('marche.accept')}
          </Button>
          <Button
            variant="secondary"
            disabled={loading}
            onClick={() => setRejecting(true)}
            aria-label={t('marche.rejectFor', { name: a.npoName })}
          >
            {t('marche.reject')}
          </Button>
        </div>
      )}
      {open && rejecting && (
        <Stack gap="sm">
          <TextArea
            label={t('marche.rejectReason')}
            hint={t('marche.rejectReasonHint')}
            rows={2}
            required
            {...reason.bind}
          />
          <div className="button-row">
            <Button disabled={loading || !reason.value.trim()} onClick={() => decide('REJECT')}>
              {t('marche.rejectSubmit')}
            </Button>
            <Button variant="secondary" onClick={() => setRejecting(false)}>
              {t('marche.cancel')}
            </Button>
          </div>
        </Stack>
      )}
      <MessageMarcheApplicant applicationId={a.id} npoName={a.npoName} />
    </li>
  );
}
