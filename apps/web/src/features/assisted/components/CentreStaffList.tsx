import { useMutation, useQuery } from '@apollo/client/react';
import {
  AssignCentreStaffDocument,
  CentreStaffDocument,
  MyCentresDocument,
  RemoveCentreStaffDocument,
} from '@tsunagu/shared/graphql-client';
import { Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../shared/ErrorNotice';
import { AddPersonByEmailForm } from './AddPersonByEmailForm';
import { ConfirmButton } from './ConfirmButton';

/** One centre's staff, as city staff put people on it and take them off. */
export function CentreStaffList({ centre }: { centre: { id: string; name: string } }) {
  const { t } = useTranslation();
  const variables = { centreId: centre.id };
  const { data, error } = useQuery(CentreStaffDocument, { variables });
  // Both answer with the staff as it is now, written over the list in the cache; the header's
  // 「市民センター」 link depends on myCentres, which an assignment may change for the person.
  const [assign, assigning] = useMutation(AssignCentreStaffDocument, {
    update: (cache, { data: d }) =>
      d && cache.writeQuery({ query: CentreStaffDocument, variables, data: { centreStaff: d.assignCentreStaff } }),
    refetchQueries: [MyCentresDocument],
  });
  const [remove, removing] = useMutation(RemoveCentreStaffDocument, {
    update: (cache, { data: d }) =>
      d && cache.writeQuery({ query: CentreStaffDocument, variables, data: { centreStaff: d.removeCentreStaff } }),
    refetchQueries: [MyCentresDocument],
  });
  const add = async (email: string) => {
    const done = await assign({ variables: { input: { centreId: centre.id, email } } }).catch(() => null);
    return Boolean(done?.data);
  };

  const staff = data?.centreStaff ?? [];
  return (
    <section aria-labelledby="centre-staff-list">
      <Stack gap="sm">
        <h2 id="centre-staff-list">{centre.name}</h2>
        <ErrorNotice error={error} />
        {data && staff.length === 0 && <p>{t('assisted.centreStaff.none')}</p>}
        <ul className="plain-list">
          {staff.map((s) => (
            <li key={s.userId} data-testid="centre-staff-member">
              {s.displayName}（{s.email}）{' '}
              <ConfirmButton
                label={t('assisted.centreStaff.remove', { name: s.displayName })}
                question={t('assisted.centreStaff.confirmRemove', { name: s.displayName, centre: centre.name })}
                onConfirm={() =>
                  void remove({ variables: { centreId: centre.id, userId: s.userId } }).catch(() => null)
                }
                testId="remove-centre-staff"
              />
            </li>
          ))}
        </ul>
        <ErrorNotice error={removing.error} />
        <ErrorNotice error={assigning.error} />
        <AddPersonByEmailForm
          emailLabel={t('assisted.centreStaff.email')}
          submitLabel={t('assisted.centreStaff.add')}
          busy={assigning.loading}
          onAdd={add}
          emailTestId="centre-staff-email"
          submitTestId="assign-centre-staff"
        />
      </Stack>
    </section>
  );
}
