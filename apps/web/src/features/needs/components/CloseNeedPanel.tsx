import { useMutation } from '@apollo/client/react';
import { CloseNeedDocument, type NeedOutcome } from '@tsunagu/shared/graphql-client';
import { Button, ChoiceGroup, Stack, TextArea } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../shared/ErrorNotice';
import { useTextInput } from '../../../shared/useTextInput';

const OUTCOMES = ['DONE', 'CANCELLED'] as const;

/** The group closes the need: done (with a short report) or called off. The cache takes the closed need by id. */
export function CloseNeedPanel({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<NeedOutcome>('DONE');
  const report = useTextInput();
  const [close, { loading, error }] = useMutation(CloseNeedDocument);
  return (
    <details className="need-page__close">
      <summary>{t('needs.closeTitle')}</summary>
      <Stack gap="md">
        <ChoiceGroup
          type="radio"
          name="outcome"
          legend={t('needs.closeHow')}
          options={OUTCOMES.map((o) => ({ value: o, label: t(`needs.outcome.${o}`) }))}
          value={outcome}
          onChange={setOutcome}
        />
        {outcome === 'DONE' && (
          <TextArea label={t('needs.report')} hint={t('needs.reportHint')} rows={3} {...report.bind} />
        )}
        <ErrorNotice error={error} />
        <div>
          <Button
            disabled={loading}
            onClick={() =>
              void close({
                variables: { id: needId, outcome, report: outcome === 'DONE' ? report.value || null : null },
              }).catch(() => undefined)
            }
          >
            {t('needs.closeSubmit')}
          </Button>
        </div>
      </Stack>
    </details>
  );
}
