import { ChoiceGroup } from '@tsunagu/shared/ui';
import { ACTIVITY_FIELDS } from '@tsunagu/shared/util';
import { useTranslation } from 'react-i18next';
import { activityFieldLabel } from '../../npos/activity-field-label';
import type { NeedFormState } from '../hooks/useNeedForm';
import { listIn } from '../need-format';
import { NeedFold } from './NeedFold';

/**
 * The statutory activity fields, folded: the template or the words choose them (matching needs
 * them), the officer sees which in short names and may change them under 「くわしく」.
 */
export function NeedFieldsChoice({ state }: { state: NeedFormState }) {
  const { t, i18n } = useTranslation();
  const { form, change, errorFor } = state;
  const error = errorFor('fields');
  const chosen = form.fields.map((id) => activityFieldLabel(id, i18n.resolvedLanguage));
  return (
    <NeedFold
      forceOpen={Boolean(error)}
      testId="need-fields-fold"
      summary={
        <>
          <span className="need-fold__title">{t('needForm.fieldsMore')}</span>
          <span className="need-fold__now">
            {chosen.length > 0
              ? t('needForm.fieldsNow', { fields: listIn(chosen, i18n.resolvedLanguage) })
              : t('needForm.fieldsNone')}
          </span>
        </>
      }
    >
      <div id="need-fields" tabIndex={-1}>
        <ChoiceGroup
          type="checkbox"
          legend={t('needForm.fields')}
          hint={
            form.fieldsChosen || form.fields.length === 0 ? t('needForm.fieldsHint') : t('needForm.fieldsSuggested')
          }
          error={error}
          required
          requiredLabel={t('form.requiredLabel')}
          options={ACTIVITY_FIELDS.map((f) => ({
            value: String(f.id),
            label: activityFieldLabel(f.id, i18n.resolvedLanguage),
            testId: `need-field-${f.id}`,
          }))}
          value={form.fields.map(String)}
          onChange={(picked) => change({ fieldsChosen: true, fields: picked.map(Number) }, 'fields')}
        />
      </div>
    </NeedFold>
  );
}
