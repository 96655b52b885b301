import { ACTIVITY_FIELDS } from '@tsunagu/shared/util';
import { useTranslation } from 'react-i18next';
import { RequiredChoiceGroup } from '../../../shared/RequiredChoiceGroup';
import type { NeedFormState } from '../hooks/useNeedForm';

/** The activity fields (suggested from the words until the officer chooses). */
export function NeedFieldsChoice({ state }: { state: NeedFormState }) {
  const { t, i18n } = useTranslation();
  const { form, change, errorFor } = state;
  const en = i18n.resolvedLanguage === 'en';
  return (
    <RequiredChoiceGroup
      anchorId="need-fields"
      type="checkbox"
      legend={t('needForm.fields')}
      hint={form.fieldsChosen ? t('needForm.fieldsHint') : t('needForm.fieldsSuggested')}
      error={errorFor('fields')}
      columns
      options={ACTIVITY_FIELDS.map((f) => ({
        value: String(f.id),
        label: en ? f.labelEn : f.labelJa,
        testId: `need-field-${f.id}`,
      }))}
      value={form.fields.map(String)}
      onChange={(chosen) => change({ fieldsChosen: true, fields: chosen.map(Number) }, 'fields')}
    />
  );
}
