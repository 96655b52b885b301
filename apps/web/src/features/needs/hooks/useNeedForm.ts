import { suggestFields } from '@tsunagu/shared/util';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInJapan } from '../need-format';
import { EMPTY_NEED_FORM, type NeedFormField, needFormProblems, type NeedFormValues } from '../need-form';

/**
 * The need form's values, what the officer has touched, and the problems to show: a field's
 * problem shows once touched, the server's refusal of a field at once.
 */
export function useNeedForm() {
  const { t } = useTranslation();
  const [form, setForm] = useState<NeedFormValues>(EMPTY_NEED_FORM);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  /** set by the first change the officer makes: only then does saving start */
  const [edited, setEdited] = useState(false);

  const change = (patch: Partial<NeedFormValues>, field?: string) => {
    setEdited(true);
    const next = { ...form, ...patch };
    if (!next.fieldsChosen && ('title' in patch || 'description' in patch)) {
      const suggested = suggestFields(`${next.title} ${next.description}`);
      if (suggested.length > 0) next.fields = suggested;
    }
    setForm(next);
    if (field) setTouched(new Set(touched).add(field));
  };
  const touch = (field: string) => () => setTouched(new Set(touched).add(field));
  const touchAll = (fields: string[]) => setTouched(new Set([...touched, ...fields]));

  const problems: Partial<Record<NeedFormField, string>> = {};
  for (const [field, p] of Object.entries(needFormProblems(form, todayInJapan()))) {
    problems[field as NeedFormField] = t(p.key, p.params);
  }
  const errorFor = (field: NeedFormField) => serverErrors[field] ?? (touched.has(field) ? problems[field] : undefined);

  return {
    form,
    /** replaces the values without counting as the officer's change (loading a saved need) */
    load: setForm,
    change,
    edited,
    touch,
    touchAll,
    problems,
    errorFor,
    setServerErrors,
  };
}

export type NeedFormState = ReturnType<typeof useNeedForm>;
