import { Button } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../shared/InlineError';
import { errorMessage } from '../../../accounts/field-checks';
import { useGenerateLetters } from '../../hooks/useGenerateLetters';
import { LetterJobProgress } from './LetterJobProgress';

export interface LetterForOneProps {
  npoId: string;
  npoName: string;
  onMade: () => void;
  pollInterval?: number;
}

/**
 * 「この団体に手紙を作る」: one letter for this NPO (mailed too where the city holds an email),
 * followed here until its PDF can be opened.
 */
export function LetterForOne({ npoId, npoName, onMade, pollInterval }: LetterForOneProps) {
  const { t } = useTranslation();
  const [jobId, setJobId] = useState<string | null>(null);
  const [generate, { loading, error }] = useGenerateLetters();
  const make = () =>
    void generate({
      variables: { input: { selection: 'CHOSEN', npoIds: [npoId], includeDataBookEntry: false, sendMail: true } },
    }).then(
      (r) => r.data && setJobId(r.data.generateInvitationLetters.id),
      () => undefined,
    );
  return (
    <div>
      <Button
        variant="secondary"
        disabled={loading}
        onClick={make}
        aria-label={t('outreach.queue.letterNamed', { name: npoName })}
        data-testid="letter-one"
      >
        {t('outreach.queue.letter')}
      </Button>
      {error && <InlineError>{errorMessage(error, t('form.tryAgain'))}</InlineError>}
      {jobId && <LetterJobProgress key={jobId} id={jobId} onDone={onMade} pollInterval={pollInterval} />}
    </div>
  );
}
