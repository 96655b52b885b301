import { useTranslation } from 'react-i18next';
import type { NeedFormState } from '../hooks/useNeedForm';
import { HONORARIA } from '../need-form';

/** Whether the helpers are paid, get their expenses, or neither. */
export function NeedHonorariumChoice({ state }: { state: NeedFormState }) {
  const { t } = useTranslation();
  const { form, change } = state;
  return (
    <fieldset className="need-form__group">
      <legend className="ui-field__label">{t('needs.honorarium')}</legend>
      {HONORARIA.map((h) => (
        <label key={h} className="checkbox">
          <input
            type="radio"
            name="honorarium"
            value={h}
            checked={form.honorarium === h}
            onChange={() => change({ honorarium: h })}
          />
          {t(`needs.honoraria.${h}`)}
        </label>
      ))}
    </fieldset>
  );
}
