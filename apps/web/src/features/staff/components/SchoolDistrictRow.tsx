import { useMutation } from '@apollo/client/react';
import {
  RestoreSchoolDistrictDocument,
  RetireSchoolDistrictDocument,
  SaveSchoolDistrictDocument,
} from '@tsunagu/shared/graphql-client';
import { Button, Tag, TextField } from '@tsunagu/shared/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TryAgainNotice } from '../../../app/TryAgainNotice';

interface District {
  id: string;
  ward: string;
  name: string;
  sortOrder: number;
  retired: boolean;
}

/** One 校区 on the staff list: rename it, stop offering it, or offer it again. */
export function SchoolDistrictRow({ district, onChanged }: { district: District; onChanged: (note: string) => void }) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(district.name);
  const [save, saving] = useMutation(SaveSchoolDistrictDocument);
  const [retire, retiring] = useMutation(RetireSchoolDistrictDocument);
  const [restore, restoring] = useMutation(RestoreSchoolDistrictDocument);
  const rename = async (event: FormEvent) => {
    event.preventDefault();
    const done = await save({
      variables: { input: { id: district.id, ward: district.ward, name, sortOrder: district.sortOrder } },
    }).catch(() => null);
    if (done?.data) {
      setRenaming(false);
      onChanged(t('schoolDistrict.staff.renamed', { name: done.data.saveSchoolDistrict.name }));
    }
  };
  const toggle = async () => {
    const vars = { variables: { id: district.id } };
    const done = await (district.retired ? restore(vars) : retire(vars)).catch(() => null);
    if (!done?.data) return;
    const key = district.retired ? 'schoolDistrict.staff.restored' : 'schoolDistrict.staff.retiredNote';
    onChanged(t(key, { name: district.name }));
  };
  return (
    <li className="school-district-row" data-testid="staff-school-district">
      {renaming ? (
        <form onSubmit={(e) => void rename(e)} className="button-row">
          <TextField
            label={t('schoolDistrict.staff.newName', { name: district.name })}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <Button type="submit" disabled={saving.loading}>
            {t('schoolDistrict.staff.save')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => setRenaming(false)}>
            {t('schoolDistrict.staff.cancel')}
          </Button>
        </form>
      ) : (
        <div className="button-row">
          <span className="school-district-name">{t('schoolDistrict.option', { name: district.name })}</span>
          {district.retired && <Tag tone="warning">{t('schoolDistrict.staff.retired')}</Tag>}
          <Button
            type="button"
            variant="secondary"
            aria-label={t('schoolDistrict.staff.renameOne', { name: district.name })}
            onClick={() => setRenaming(true)}
          >
            {t('schoolDistrict.staff.rename')}
          </Button>
          <Button
            type="button"
            variant="secondary"
            disabled={retiring.loading || restoring.loading}
            aria-label={t(district.retired ? 'schoolDistrict.staff.restoreOne' : 'schoolDistrict.staff.retireOne', {
              name: district.name,
            })}
            onClick={() => void toggle()}
          >
            {t(district.retired ? 'schoolDistrict.staff.restore' : 'schoolDistrict.staff.retire')}
          </Button>
        </div>
      )}
      <TryAgainNotice error={saving.error ?? retiring.error ?? restoring.error} />
    </li>
  );
}
