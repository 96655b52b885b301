import { ErrorSummary } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import type { NeedFormField } from '../need-form';

/** Where each field's error summary link moves focus to. */
export const NEED_FIELD_IDS: Record<NeedFormField, string> = {
  groupId: 'need-group',
  title: 'need-title',
  description: 'need-description',
  fields: 'need-fields',
  helpKind: 'need-help-kind',
  ward: 'need-ward-select',
  startsOn: 'need-starts-on',
  endsOn: 'need-starts-on',
  peopleNeeded: 'need-people',
  deadline: 'need-deadline-choice',
};

interface Props {
  /** the problems now, by field */
  problems: Partial<Record<NeedFormField, string>>;
  /** the fields that had a problem when the preview was last asked for */
  asked: readonly NeedFormField[];
  /** changes on each asking for the preview, so focus comes back to the list */
  attempt: number;
}

/**
 * What to fix before the preview, shown once the officer has asked for it, each linked to its
 * field. A problem fixed leaves the list at once; a new one waits for the next asking (the
 * field says it meanwhile), so the list never takes the focus while the officer types.
 */
export function NeedFormProblems({ problems, asked, attempt }: Props) {
  const { t } = useTranslation();
  const listed = asked.filter((field) => problems[field]).map((field) => [field, problems[field]] as const);
  return (
    <ErrorSummary
      title={t('needForm.fixFirst')}
      focusKey={attempt}
      errors={listed.map(([field, message]) => ({
        fieldId: NEED_FIELD_IDS[field as NeedFormField],
        message,
      }))}
    />
  );
}
