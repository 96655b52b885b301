import { ACTIVITY_FIELDS } from '@tsunagu/shared/util';
import { useTranslation } from 'react-i18next';
import type { NeedFormState } from '../hooks/useNeedForm';

/** The activity fields (suggested from the words until the officer chooses). */
export function NeedFieldsChoice({ state }: { state: NeedFormState }) {
  const { t, i18n } = useTranslation();
  const { form, change, errorFor } = state;
  const helpId = 'need-fields-hint';
  return (
    <fieldset className="need-form__group" aria-describedby={helpId}>
      <legend className="ui-field__label">
        {t('needForm.fields')}
        <span className="ui-field__required">{t('form.requiredLabel')}</span>
      </legend>
      <p className="ui-field__hint" id={helpId}>
        {form.fieldsChosen ? t('needForm.fieldsHint') : t('needForm.fieldsSuggested')}
      </p>
      {errorFor('fields') && <p className="ui-field__error">{errorFor('fields')}</p>}
      <div className="need-form__checks">
        {ACTIVITY_FIELDS.map((f) => (
          <label key={f.id} className="checkbox">
            <input
              type="checkbox"
              checked={form.fields.includes(f.id)}
              onChange={(e) =>
                change(
                  {
                    fieldsChosen: true,
                    fields: e.target.checked ? [...form.fields, f.id] : form.fields.filter((x) => x !== f.id),
                  },
                  'fields',
                )
              }
              data-testid={`need-field-${f.id}`}
            />
            {i18n.resolvedLanguage === 'en' ? f.labelEn : f.labelJa}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
