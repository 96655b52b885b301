import { useTranslation } from 'react-i18next';

interface Props {
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}

/** The one checkbox that agrees to the exhibit being published (a lone box needs no legend). */
export function ConsentCheckbox({ checked, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <div className={`marche-consent-field${error ? ' marche-consent-field--invalid' : ''}`}>
      <label className="checkbox marche-consent">
        <input
          id="marche-consent"
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-invalid={!!error}
          aria-describedby={error ? 'marche-consent-error' : undefined}
          required
          data-testid="marche-consent"
        />
        {t('marche.consent')}
      </label>
      {error && (
        <p className="form-error" id="marche-consent-error">
          {error}
        </p>
      )}
    </div>
  );
}
