import { useMutation } from '@apollo/client/react';
import { IssueTakeoverCodeDocument } from '@tsunagu/shared/graphql-client';
import { Button, Notice } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../shared/ErrorNotice';
import { formatDay } from '../../../shared/format-date';

/**
 * 「引き継ぎ番号を発行」: the number is shown once, big, to be copied onto the paper for the
 * officer; the server keeps only its hash, so it cannot be shown again.
 */
export function TakeoverCodeButton({ groupId }: { groupId: string }) {
  const { t, i18n } = useTranslation();
  const [issue, { data, loading, error }] = useMutation(IssueTakeoverCodeDocument);
  const issued = data?.issueTakeoverCode;
  if (issued) {
    return (
      <Notice title={t('assisted.takeoverCode.title')}>
        <p className="takeover-code__number" data-testid="takeover-code-number" lang="en">
          {issued.code}
        </p>
        <p>
          <strong>{t('assisted.takeoverCode.writeIt')}</strong>
        </p>
        <p>{t('assisted.takeoverCode.expires', { date: formatDay(issued.expiresAt, i18n.language) })}</p>
        <p>{t('assisted.takeoverCode.howTo')}</p>
      </Notice>
    );
  }
  return (
    <>
      <ErrorNotice error={error} />
      <div>
        <Button
          variant="secondary"
          disabled={loading}
          onClick={() => void issue({ variables: { groupId } }).catch(() => null)}
          data-testid="issue-takeover-code"
        >
          {t('assisted.takeoverCode.issue')}
        </Button>
      </div>
    </>
  );
}
