import { useMutation, useQuery } from '@apollo/client/react';
import {
  RestoreSupportSchemeDocument,
  RetireSupportSchemeDocument,
  StaffSupportSchemesDocument,
} from '@tsunagu/shared/graphql-client';
import { Button, Container, PageHeading, Stack, Tag } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/usePageTitle';
import { TryAgainNotice } from '../../app/TryAgainNotice';
import { StaffOnlyPage } from '../staff/components/StaffOnlyPage';
import { SchemeForm } from './components/SchemeForm';
import { type SchemeFormValues, blankScheme, schemeValues } from './scheme-form-checks';
import './schemes.css';

/** Staff: the city's schemes, retired ones marked; add, edit, retire and restore (each logged). */
export function StaffSchemesPage() {
  const { t } = useTranslation();
  usePageTitle(t('schemes.staff.title'));
  const { data, error, refetch } = useQuery(StaffSupportSchemesDocument);
  const [editing, setEditing] = useState<SchemeFormValues | null>(null);
  const [saved, setSaved] = useState('');
  const [retire, retiring] = useMutation(RetireSupportSchemeDocument);
  const [restore, restoring] = useMutation(RestoreSupportSchemeDocument);
  if (error && !data) return <StaffOnlyPage title={t('schemes.staff.title')} reason={error.message} />;
  const concepts = data?.civicConcepts ?? [];
  const open = (values: SchemeFormValues) => {
    setSaved('');
    setEditing(values);
  };
  return (
    <Container className="page">
      <Stack gap="lg">
        <PageHeading lead={t('schemes.staff.lead')}>{t('schemes.staff.title')}</PageHeading>
        <p role="status" aria-live="polite">
          {saved}
        </p>
        {editing ? (
          <SchemeForm
            key={editing.id ?? 'new'}
            initial={editing}
            concepts={concepts}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              setSaved(t('schemes.staff.saved'));
              void refetch();
            }}
          />
        ) : (
          <div>
            <Button type="button" onClick={() => open(blankScheme())} data-testid="scheme-add">
              {t('schemes.staff.add')}
            </Button>
          </div>
        )}
        <TryAgainNotice error={retiring.error ?? restoring.error} />
        <section aria-labelledby="schemes-list">
          <h2 id="schemes-list">{t('schemes.staff.list')}</h2>
          <ul className="offer-list" role="list">
            {data?.supportSchemes.map((s) => (
              <li key={s.id}>
                <article
                  className={`scheme-staff-card${s.active ? '' : ' scheme-staff-card--retired'}`}
                  data-testid="staff-scheme"
                  aria-labelledby={`staff-scheme-${s.id}`}
                >
                  <h3 id={`staff-scheme-${s.id}`}>{s.name}</h3>
                  <p>
                    <Tag tone={s.active ? 'success' : 'warning'}>
                      {s.active ? t('schemes.staff.active') : t('schemes.staff.retired')}
                    </Tag>
                  </p>
                  <p>{s.summary}</p>
                  <p>
                    {s.officeName} {s.officePhone}
                  </p>
                  <div className="button-row">
                    <Button
                      type="button"
                      variant="secondary"
                      aria-label={t('schemes.staff.editScheme', { name: s.name })}
                      onClick={() => open(schemeValues(s))}
                    >
                      {t('schemes.staff.edit')}
                    </Button>
                    {s.active ? (
                      <Button
                        type="button"
                        variant="secondary"
                        disabled={retiring.loading}
                        aria-label={t('schemes.staff.retireScheme', { name: s.name })}
                        onClick={() => void retire({ variables: { id: s.id } }).catch(() => null)}
                        data-testid="scheme-retire"
                      >
                        {t('schemes.staff.retire')}
                      </Button>
                    ) : (
                      <Button
                        type="button"
                        variant="secondary"
                        disabled={restoring.loading}
                        aria-label={t('schemes.staff.restoreScheme', { name: s.name })}
                        onClick={() => void restore({ variables: { id: s.id } }).catch(() => null)}
                        data-testid="scheme-restore"
                      >
                        {t('schemes.staff.restore')}
                      </Button>
                    )}
                  </div>
                </article>
              </li>
            ))}
          </ul>
        </section>
      </Stack>
    </Container>
  );
}
