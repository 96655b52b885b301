import { Button, TextArea } from '@tsunagu/shared/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const MAX_REFUSAL_REASON = 500;

export interface RefuseWithReasonProps {
  /** What is decided on, for the buttons' names (screen readers). */
  name: string;
  verify: () => Promise<unknown>;
  refuse: (reason: string) => Promise<unknown>;
}

/** Verify at once; refuse only with a reason (the registrant reads it), asked for after the first press. */
export function RefuseWithReason({ name, verify, refuse }: RefuseWithReasonProps) {
  const { t } = useTranslation();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const problem = !reason.trim()
    ? t('staffHelpers.reasonMissing')
    : reason.length > MAX_REFUSAL_REASON
      ? t('staffHelpers.reasonLong', { max: MAX_REFUSAL_REASON })
      : undefined;
  const send = () => {
    setTried(true);
    if (!problem) void refuse(reason.trim());
  };
  return (
    <>
      {asking && (
        <TextArea
          id={`${id}-reason`}
          label={t('staffHelpers.reason')}
          hint={t('staffHelpers.reasonHint', { max: MAX_REFUSAL_REASON })}
          rows={3}
          required
          requiredLabel={t('form.requiredLabel')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={tried ? problem : undefined}
          data-testid="helper-refusal-reason"
        />
      )}
      <div className="button-row">
        <Button onClick={() => void verify()} aria-label={t('staffHelpers.verifyNamed', { name })}>
          {t('staffHelpers.verify')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => (asking ? send() : setAsking(true))}
          aria-label={t(asking ? 'staffHelpers.refuseSendNamed' : 'staffHelpers.refuseNamed', { name })}
          data-testid="helper-refuse"
        >
          {t(asking ? 'staffHelpers.refuseSend' : 'staffHelpers.refuse')}
        </Button>
      </div>
    </>
  );
}
