import { ChoiceGroup } from '@tsunagu/shared/ui';
import { HELP_KINDS } from '@tsunagu/shared/util';
import { useTranslation } from 'react-i18next';
import type { NeedFormState } from '../hooks/useNeedForm';

/** What kind of help the group asks for. */
export function NeedHelpKindChoice({ state }: { state: NeedFormState }) {
  const { t, i18n } = useTranslation();
  const { form, change, errorFor } = state;
  const en = i18n.resolvedLanguage === 'en';
  return (
    <div id="need-help-kind" tabIndex={-1}>
      <ChoiceGroup
        type="radio"
        name="helpKind"
        legend={t('needForm.helpKind')}
        error={errorFor('helpKind')}
        required
        requiredLabel={t('form.requiredLabel')}
        options={HELP_KINDS.map((k) => ({
          value: k.id,
          label: en ? k.labelEn : k.labelJa,
          testId: `need-help-${k.id}`,
        }))}
        value={form.helpKind}
        onChange={(helpKind) => change({ helpKind }, 'helpKind')}
      />
    </div>
  );
}
