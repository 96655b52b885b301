import { useQuery } from '@apollo/client/react';
import { SupportSchemesDocument } from '@tsunagu/shared/graphql-client';
import { Container, Notice, PageHeading, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/usePageTitle';
import { SchemeCard } from './components/SchemeCard';
import './schemes.css';

/** 「市の制度」: the city's support schemes, for anyone, with the office to call. */
export function SchemesPage() {
  const { t } = useTranslation();
  usePageTitle(t('schemes.title'));
  const { data, loading, error } = useQuery(SupportSchemesDocument);
  return (
    <Container className="page">
      <Stack gap="lg">
        <PageHeading lead={t('schemes.lead')}>{t('schemes.title')}</PageHeading>
        {loading && !data && <p role="status">{t('schemes.loading')}</p>}
        {error && !data && <Notice tone="error">{t('schemes.failed')}</Notice>}
        {data && data.supportSchemes.length === 0 && <p>{t('schemes.none')}</p>}
        {data && data.supportSchemes.length > 0 && (
          <ul className="offer-list" role="list" data-testid="schemes-list">
            {data.supportSchemes.map((scheme) => (
              <li key={scheme.id}>
                <SchemeCard scheme={scheme} />
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </Container>
  );
}
