import { SelectField } from '@tsunagu/shared/ui';
import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { useTranslation } from 'react-i18next';
import type { NeedFormState } from '../hooks/useNeedForm';

const WARD_OPTIONS = KITAKYUSHU_WARDS.map((w) => ({ value: w, label: w }));

/** The ward where the help is wanted (the group's own by default). */
export function NeedWardSelect({ state }: { state: NeedFormState }) {
  const { t } = useTranslation();
  const { form, change, errorFor } = state;
  return (
    <SelectField
      id="need-ward-select"
      label={t('needs.ward')}
      hint={t('needForm.wardHint')}
      error={errorFor('ward')}
      value={form.ward}
      placeholder={t('group.chooseWard')}
      options={WARD_OPTIONS}
      onChange={(e) => change({ ward: e.target.value }, 'ward')}
    />
  );
}
