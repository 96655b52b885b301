import { SelectField } from '@tsunagu/shared/ui';
import { KITAKYUSHU_WARDS, wardNameEn } from '@tsunagu/shared/util';
import { useTranslation } from 'react-i18next';
import type { NeedFormState } from '../hooks/useNeedForm';

/** The ward where the help is wanted (the group's own by default). */
export function NeedWardSelect({ state }: { state: NeedFormState }) {
  const { t, i18n } = useTranslation();
  const en = i18n.resolvedLanguage === 'en';
  const { form, change, errorFor } = state;
  return (
    <SelectField
      id="need-ward-select"
      label={t('needs.ward')}
      error={errorFor('ward')}
      value={form.ward}
      placeholder={t('group.chooseWard')}
      options={KITAKYUSHU_WARDS.map((w) => ({ value: w, label: en ? wardNameEn(w) : w }))}
      onChange={(e) => change({ ward: e.target.value }, 'ward')}
    />
  );
}
