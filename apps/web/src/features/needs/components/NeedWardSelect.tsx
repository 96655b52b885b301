import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { useTranslation } from 'react-i18next';
import type { NeedFormState } from '../hooks/useNeedForm';

/** The ward where the help is wanted (the group's own by default). */
export function NeedWardSelect({ state }: { state: NeedFormState }) {
  const { t } = useTranslation();
  const { form, change, errorFor } = state;
  return (
    <div className={`ui-field${errorFor('ward') ? ' ui-field--invalid' : ''}`}>
      <label className="ui-field__label" htmlFor="need-ward-select">
        {t('needs.ward')}
      </label>
      <p className="ui-field__hint">{t('needForm.wardHint')}</p>
      {errorFor('ward') && <p className="ui-field__error">{errorFor('ward')}</p>}
      <select
        id="need-ward-select"
        className="ui-field__input"
        value={form.ward}
        onChange={(e) => change({ ward: e.target.value }, 'ward')}
      >
        <option value="">{t('group.chooseWard')}</option>
        {KITAKYUSHU_WARDS.map((w) => (
          <option key={w} value={w}>
            {w}
          </option>
        ))}
      </select>
    </div>
  );
}
