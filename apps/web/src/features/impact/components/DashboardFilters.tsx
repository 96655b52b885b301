import { Button, SelectField, TextField } from '@tsunagu/shared/ui';
import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardFilter } from '../dashboard-format';

/** The period and the ward of the figures; sent as a whole, so the figures never show half a change. */
export function DashboardFilters({
  value,
  onChange,
}: {
  value: DashboardFilter;
  onChange: (f: DashboardFilter) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft);
  };
  return (
    <form className="dashboard-filters no-print" onSubmit={submit} aria-label={t('impact.filters')}>
      <TextField
        label={t('impact.from')}
        hint={t('impact.fromHint')}
        type="date"
        value={draft.from}
        onChange={(e) => setDraft({ ...draft, from: e.target.value })}
      />
      <TextField
        label={t('impact.to')}
        hint={t('impact.toHint')}
        type="date"
        value={draft.to}
        onChange={(e) => setDraft({ ...draft, to: e.target.value })}
      />
      <SelectField
        id="dashboard-ward"
        label={t('impact.ward')}
        placeholder={t('impact.wholeCity')}
        options={KITAKYUSHU_WARDS.map((w) => ({ value: w, label: w }))}
        value={draft.ward}
        onChange={(e) => setDraft({ ...draft, ward: e.target.value })}
        data-testid="dashboard-ward"
      />
      <div>
        <Button type="submit" data-testid="dashboard-show">
          {t('impact.show')}
        </Button>
      </div>
    </form>
  );
}
