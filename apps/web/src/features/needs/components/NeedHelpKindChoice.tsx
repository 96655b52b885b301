import { HELP_KINDS } from '@tsunagu/shared/util';
import { useTranslation } from 'react-i18next';
import type { NeedFormState } from '../hooks/useNeedForm';

/** What kind of help the group asks for. */
export function NeedHelpKindChoice({ state }: { state: NeedFormState }) {
  const { t, i18n } = useTranslation();
  const { form, change, errorFor } = state;
  return (
    <fieldset className="need-form__group">
      <legend className="ui-field__label">
        {t('needForm.helpKind')}
        <span className="ui-field__required">{t('form.requiredLabel')}</span>
      </legend>
      {errorFor('helpKind') && <p className="ui-field__error">{errorFor('helpKind')}</p>}
      {HELP_KINDS.map((k) => (
        <label key={k.id} className="checkbox">
          <input
            type="radio"
            name="helpKind"
            value={k.id}
            checked={form.helpKind === k.id}
            onChange={() => change({ helpKind: k.id }, 'helpKind')}
            data-testid={`need-help-${k.id}`}
          />
          {i18n.resolvedLanguage === 'en' ? k.labelEn : k.labelJa}
        </label>
      ))}
    </fieldset>
  );
}
