import { ChoiceGroup } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import type { NeedFormState } from '../hooks/useNeedForm';
import { HONORARIA } from '../need-form';

/** Whether the helpers are paid, get their expenses, or neither. */
export function NeedHonorariumChoice({ state }: { state: NeedFormState }) {
  const { t } = useTranslation();
  const { form, change } = state;
  return (
    <ChoiceGroup
      type="radio"
      name="honorarium"
      legend={t('needs.honorarium')}
      options={HONORARIA.map((h) => ({ value: h, label: t(`needs.honoraria.${h}`) }))}
      value={form.honorarium}
      onChange={(honorarium) => change({ honorarium })}
    />
  );
}
