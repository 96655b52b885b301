import { TextField } from '@tsunagu/shared/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormPage } from '../../../shared/FormPage';
import { claimPath, normalizeClaimCode } from '../pending-claim-code';

/** `/claim`: one big field for the letter's code, one button. */
export function ClaimCodeForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const [touched, setTouched] = useState(false);
  const code = normalizeClaimCode(typed);
  const problem = code ? undefined : t('claimCode.codeRequired');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!problem) void navigate(claimPath(code));
  };

  return (
    <FormPage
      title={t('claimCode.title')}
      lead={t('claimCode.lead')}
      onSubmit={submit}
      noValidate
      submitLabel={t('claimCode.next')}
      submitTestId="claim-code-submit"
    >
      <TextField
        className="claim-code-field"
        label={t('claimCode.codeLabel')}
        hint={t('claimCode.codeHint')}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        error={touched ? problem : undefined}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        requiredLabel={t('form.requiredLabel')}
        data-testid="claim-code-input"
      />
    </FormPage>
  );
}
