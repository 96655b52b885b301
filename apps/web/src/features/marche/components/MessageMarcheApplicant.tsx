import { useMutation } from '@apollo/client/react';
import { MessageMarcheApplicantDocument } from '@tsunagu/shared/graphql-client';
import { Button, Stack, TextArea } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../accounts/field-checks';
import { InlineError } from '../../../shared/InlineError';

/** Staff write to the applicant (in the app and by mail), e.g. about power or the booth. */
export function MessageMarcheApplicant({ applicationId, npoName }: { applicationId: string; npoName: string }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [send, { loading, error, data }] = useMutation(MessageMarcheApplicantDocument);
  return (
    <details className="need-page__close">
      <summary>{t('marche.messageTitle', { name: npoName })}</summary>
      <Stack gap="sm">
        <TextArea label={t('marche.messageBody')} value={body} onChange={(e) => setBody(e.target.value)} rows={3} />
        {error && <InlineError>{errorMessage(error, t('form.tryAgain'))}</InlineError>}
        {data && <p role="status">{t('marche.messageSent')}</p>}
        <div>
          <Button
            variant="secondary"
            disabled={loading || !body.trim()}
            onClick={() =>
              void send({ variables: { applicationId, body: body.trim() } }).then(
                () => setBody(''),
                () => undefined,
              )
            }
          >
            {t('marche.messageSend')}
          </Button>
        </div>
      </Stack>
    </details>
  );
}
