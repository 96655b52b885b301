import { SelectField } from '@tsunagu/shared/ui';
import { wardNameEn } from '@tsunagu/shared/util';
import { useTranslation } from 'react-i18next';
import type { NeedFormState } from '../hooks/useNeedForm';

interface Group {
  id: string;
  name: string;
  ward: string;
}

interface Props {
  state: NeedFormState;
  groups: Group[];
  /** the group of a saved need does not change */
  locked: boolean;
}

/** Which of the officer's groups posts the need; choosing one also takes its ward. */
export function NeedGroupSelect({ state, groups, locked }: Props) {
  const { t, i18n } = useTranslation();
  const en = i18n.resolvedLanguage === 'en';
  const { form, change, errorFor } = state;
  return (
    <SelectField
      id="need-group"
      label={t('needs.group')}
      error={errorFor('groupId')}
      value={form.groupId}
      disabled={locked}
      options={groups.map((g) => ({
        value: g.id,
        label: en ? `${g.name} (${wardNameEn(g.ward)})` : `${g.name}（${g.ward}）`,
      }))}
      onChange={(e) => {
        const g = groups.find((x) => x.id === e.target.value);
        change({ groupId: e.target.value, ward: g?.ward ?? form.ward }, 'groupId');
      }}
      data-testid="need-group"
    />
  );
}
