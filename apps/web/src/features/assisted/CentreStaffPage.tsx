import { useQuery } from '@apollo/client/react';
import { MyCentresDocument } from '@tsunagu/shared/graphql-client';
import { Container, PageHeading, SelectField, Stack } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/usePageTitle';
import { useMe } from '../accounts/hooks/useMe';
import { StaffOnlyPage } from '../staff/components/StaffOnlyPage';
import { CentreStaffList } from './components/CentreStaffList';
import { wardLabel } from '../../shared/ward-label';

/** City staff: who works at each 市民センター (and so may act for its groups). */
export function CentreStaffPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('assisted.centreStaff.title'));
  const { me, loading } = useMe();
  const isStaff = Boolean(me && me.role !== 'MEMBER');
  const centres = useQuery(MyCentresDocument, { skip: !isStaff });
  const [chosen, setChosen] = useState('');

  if (loading || (centres.loading && !centres.data)) return null;
  if (!isStaff) return <StaffOnlyPage title={t('assisted.centreStaff.title')} />;
  const list = centres.data?.myCentres ?? [];
  const centre = list.find((c) => c.id === chosen) ?? list[0];
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <PageHeading lead={t('assisted.centreStaff.lead')}>{t('assisted.centreStaff.title')}</PageHeading>
        <SelectField
          id="centre-choice"
          label={t('assisted.desk.chooseCentre')}
          options={list.map((c) => ({
            value: c.id,
            label: t('format.withExtra', { main: c.name, extra: wardLabel(c.ward, i18n.resolvedLanguage) }),
          }))}
          value={centre?.id ?? ''}
          onChange={(e) => setChosen(e.target.value)}
          data-testid="centre-choice"
        />
        {centre && <CentreStaffList key={centre.id} centre={centre} />}
      </Stack>
    </Container>
  );
}
