import { Button } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A button for what cannot be undone by a click (taking someone off a group): the first press
 * asks the question in the page, in words, and only 「はい」 does it.
 */
export function ConfirmButton({
  label,
  question,
  onConfirm,
  testId,
}: {
  label: string;
  question: string;
  onConfirm: () => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button variant="secondary" onClick={() => setAsking(true)} data-testid={testId}>
        {label}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={question}>
      <p>{question}</p>
      <div className="button-row">
        <Button
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
          data-testid={testId && `${testId}-yes`}
        >
          {t('assisted.confirm.yes')}
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)}>
          {t('assisted.confirm.no')}
        </Button>
      </div>
    </div>
  );
}
