import { useTranslation } from 'react-i18next';
import { RequiredChoiceGroup } from '../../../shared/RequiredChoiceGroup';
import type { NeedFormState } from '../hooks/useNeedForm';
import { choiceOfDeadline, DEADLINE_CHOICES, type DeadlineChoice } from '../need-deadline';
import { todayInJapan } from '../need-format';
import { formatDay } from '../../../shared/format-date';

/**
 * 「いつまでに」: four plain choices, no calendar. A saved need whose day none of them gives
 * shows that day as a fifth choice, chosen, so opening it to fix a typo changes nothing else.
 */
export function NeedDeadlineChoice({ state }: { state: NeedFormState }) {
  const { t, i18n } = useTranslation();
  const { form, change, errorFor } = state;
  // form.deadline is only ever the saved day: choosing another choice keeps it to come back to.
  const kept = form.deadline && choiceOfDeadline(form.deadline, todayInJapan()) === 'KEEP' ? form.deadline : '';
  const choices: DeadlineChoice[] = kept ? [...DEADLINE_CHOICES, 'KEEP'] : [...DEADLINE_CHOICES];
  return (
    <RequiredChoiceGroup<DeadlineChoice>
      anchorId="need-deadline-choice"
      type="radio"
      name="deadline"
      className="need-choice-cards need-choice-cards--short"
      legend={t('needForm.deadline')}
      hint={t('needForm.deadlineHint')}
      error={errorFor('deadline')}
      testId="need-deadline"
      options={choices.map((c) => ({
        value: c,
        label:
          c === 'KEEP'
            ? t('needForm.deadlineChoice.KEEP', { day: formatDay(kept, i18n.resolvedLanguage) })
            : t(`needForm.deadlineChoice.${c}`),
        testId: `need-deadline-${c}`,
      }))}
      value={form.deadlineChoice}
      onChange={(deadlineChoice) => change({ deadlineChoice }, 'deadline')}
    />
  );
}
