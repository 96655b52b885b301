import { HELP_KINDS } from '@tsunagu/shared/util';
import { useTranslation } from 'react-i18next';
import { RequiredChoiceGroup } from '../../../shared/RequiredChoiceGroup';
import type { NeedFormState } from '../hooks/useNeedForm';

/** What kind of help the group asks for, as big cards (a template chooses one already). */
export function NeedHelpKindChoice({ state }: { state: NeedFormState }) {
  const { t, i18n } = useTranslation();
  const { form, change, errorFor } = state;
  const en = i18n.resolvedLanguage === 'en';
  return (
    <RequiredChoiceGroup
      anchorId="need-help-kind"
      type="radio"
      name="helpKind"
      className="need-choice-cards"
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
