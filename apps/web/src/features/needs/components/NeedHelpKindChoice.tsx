import { HELP_KINDS } from '@tsunagu/shared/util';
import { useTranslation } from 'react-i18next';
import { RequiredChoiceGroup } from '../../../shared/RequiredChoiceGroup';
import type { NeedFormState } from '../hooks/useNeedForm';

/** What kind of help the group asks for. */
export function NeedHelpKindChoice({ state }: { state: NeedFormState }) {
  const { t, i18n } = useTranslation();
  const { form, change, errorFor } = state;
  const en = i18n.resolvedLanguage === 'en';
  return (
    <RequiredChoiceGroup
      anchorId="need-help-kind"
      type="radio"
      name="helpKind"
      legend={t('needForm.helpKind')}
      error={errorFor('helpKind')}
      options={HELP_KINDS.map((k) => ({
        value: k.id,
        label: en ? k.labelEn : k.labelJa,
        testId: `need-help-${k.id}`,
      }))}
      value={form.helpKind}
      onChange={(helpKind) => change({ helpKind }, 'helpKind')}
    />
  );
}
