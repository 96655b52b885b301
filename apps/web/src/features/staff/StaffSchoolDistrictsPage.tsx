import { useMutation, useQuery } from '@apollo/client/react';
import { SaveSchoolDistrictDocument, StaffSchoolDistrictsDocument } from '@tsunagu/shared/graphql-client';
import { Button, Container, PageHeading, SelectField, Stack, TextField } from '@tsunagu/shared/ui';
import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TryAgainNotice } from '../../app/TryAgainNotice';
import { usePageTitle } from '../../app/usePageTitle';
import { useMe } from '../accounts/hooks/useMe';
import { SchoolDistrictRow } from './components/SchoolDistrictRow';
import { StaffOnlyPage } from './components/StaffOnlyPage';

/**
 * Staff: the city's 校区, one ward at a time: add, rename, retire, restore (each logged). Groups
 * choose from this list when they register; the dashboard counts by it.
 */
export function StaffSchoolDistrictsPage() {
  const { t } = useTranslation();
  usePageTitle(t('schoolDistrict.staff.title'));
  const [ward, setWard] = useState<string>(KITAKYUSHU_WARDS[0]);
  const [newName, setNewName] = useState('');
  const [note, setNote] = useState('');
  const { me, loading } = useMe();
  const { data, error, refetch } = useQuery(StaffSchoolDistrictsDocument, { variables: { ward } });
  const [save, saving] = useMutation(SaveSchoolDistrictDocument);
  if (loading) return null;
  // The list itself is public (groups choose from it); keeping it is staff's.
  if (me?.role !== 'STAFF' && me?.role !== 'ADMIN') return <StaffOnlyPage title={t('schoolDistrict.staff.title')} />;
  const changed = (message: string) => {
    setNote(message);
    void refetch();
  };
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!newName.trim()) return;
    const done = await save({ variables: { input: { ward, name: newName } } }).catch(() => null);
    if (done?.data) {
      setNewName('');
      changed(t('schoolDistrict.staff.added', { name: done.data.saveSchoolDistrict.name, ward }));
    }
  };
  const districts = data?.schoolDistricts ?? [];
  return (
    <Container className="page">
      <Stack gap="lg">
        <PageHeading lead={t('schoolDistrict.staff.lead')}>{t('schoolDistrict.staff.title')}</PageHeading>
        <SelectField
          id="school-district-ward"
          label={t('group.ward')}
          options={KITAKYUSHU_WARDS.map((w) => ({ value: w, label: w }))}
          value={ward}
          onChange={(e) => {
            setNote('');
            setWard(e.target.value);
          }}
        />
        <p role="status" aria-live="polite">
          {note}
        </p>
        <section aria-labelledby="school-district-list">
          <h2 id="school-district-list">{t('schoolDistrict.staff.list', { ward, count: districts.length })}</h2>
          <ul className="plain-list" role="list">
            {districts.map((d) => (
              <SchoolDistrictRow key={d.id} district={d} onChanged={changed} />
            ))}
          </ul>
        </section>
        <section aria-labelledby="school-district-add">
          <h2 id="school-district-add">{t('schoolDistrict.staff.addTitle', { ward })}</h2>
          <form onSubmit={(e) => void add(e)}>
            <Stack gap="sm">
              <TextField
                label={t('schoolDistrict.staff.name')}
                hint={t('schoolDistrict.staff.nameHint')}
                value={newName}
                onChange={(e) => setNewName(e.target.value)}
                data-testid="school-district-new-name"
              />
              <div>
                <Button type="submit" disabled={saving.loading} data-testid="school-district-add">
                  {t('schoolDistrict.staff.add')}
                </Button>
              </div>
              <TryAgainNotice error={saving.error ?? error} />
            </Stack>
          </form>
        </section>
      </Stack>
    </Container>
  );
}
