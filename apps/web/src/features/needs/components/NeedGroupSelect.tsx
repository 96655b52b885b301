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
  const { t } = useTranslation();
  const { form, change, errorFor } = state;
  return (
    <div className={`ui-field${errorFor('groupId') ? ' ui-field--invalid' : ''}`}>
      <label className="ui-field__label" htmlFor="need-group">
        {t('needs.group')}
      </label>
      <select
        id="need-group"
        className="ui-field__input"
        value={form.groupId}
        disabled={locked}
        onChange={(e) => {
          const g = groups.find((x) => x.id === e.target.value);
          change({ groupId: e.target.value, ward: g?.ward ?? form.ward }, 'groupId');
        }}
        data-testid="need-group"
      >
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}（{g.ward}）
          </option>
        ))}
      </select>
    </div>
  );
}
