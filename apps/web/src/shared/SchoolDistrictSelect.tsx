import { useQuery } from '@apollo/client/react';
import { SchoolDistrictsDocument } from '@tsunagu/shared/graphql-client';
import { SelectField } from '@tsunagu/shared/ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  ward: string;
  value: string;
  onChange: (schoolDistrictId: string) => void;
  error?: string;
}

/**
 * The 校区 of the chosen ward. It may stay empty: many officers know their 市民センター but not the
 * district's official name, and staff can set it later; a wrong guess would be worse than none.
 */
export function SchoolDistrictSelect({ id, ward, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const { data } = useQuery(SchoolDistrictsDocument, { variables: { ward }, skip: !ward });
  const districts = ward ? (data?.schoolDistricts ?? []) : [];
  const offered = districts.some((d) => d.id === value);
  const listed = !ward || !!data;
  // A district chosen before the ward changed is not one of this ward's: forget it rather than send it.
  useEffect(() => {
    if (value && listed && !offered) onChange('');
  }, [value, listed, offered, onChange]);
  return (
    <SelectField
      id={id}
      label={t('schoolDistrict.label')}
      hint={ward ? t('schoolDistrict.hint') : t('schoolDistrict.wardFirst')}
      placeholder={t('schoolDistrict.notSure')}
      options={districts.map((d) => ({ value: d.id, label: t('schoolDistrict.option', { name: d.name }) }))}
      value={offered ? value : ''}
      onChange={(e) => onChange(e.target.value)}
      disabled={!ward}
      error={error}
      data-testid={id}
    />
  );
}
