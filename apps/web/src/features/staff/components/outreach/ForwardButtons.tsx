import { useMutation } from '@apollo/client/react';
import { type ForwardedHow, OutreachForwardDocument } from '@tsunagu/shared/graphql-client';
import { Button } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../shared/InlineError';
import { errorMessage } from '../../../accounts/field-checks';

// Letters are marked by the letters themselves; members hear of a request at once.
const WAYS = ['PHONE', 'MAIL'] as const satisfies readonly ForwardedHow[];

/** 「電話で伝えた」「メールで伝えた」: staff told the NPO, so the waiting groups read 「お伝えしました」. */
export function ForwardButtons({
  npoId,
  npoName,
  onChanged,
}: {
  npoId: string;
  npoName: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  const [forward, { loading, error }] = useMutation(OutreachForwardDocument);
  const tell = (how: (typeof WAYS)[number]) =>
    void forward({ variables: { npoId, how } }).then(
      (r) => {
        setDone(t('outreach.queue.forwarded', { count: r.data?.markIntroductionsForwarded ?? 0 }));
        onChanged();
      },
      () => setDone(null),
    );
  return (
    <div>
      <div className="button-row">
        {WAYS.map((how) => (
          <Button
            key={how}
            disabled={loading}
            onClick={() => tell(how)}
            aria-label={t(`outreach.queue.forwardNamed.${how}`, { name: npoName })}
            data-testid={`forward-${how}`}
          >
            {t(`outreach.queue.forward.${how}`)}
          </Button>
        ))}
      </div>
      <p role="status" aria-live="polite">
        {done ?? ''}
      </p>
      {error && <InlineError>{errorMessage(error, t('form.tryAgain'))}</InlineError>}
    </div>
  );
}
