import { Container, PageHeading, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
// The page shows the repository's own document, so the web and docs/public-api.md never differ.
import publicApiDoc from '@docs/public-api.md?raw';
import { usePageTitle } from '../../app/usePageTitle';
import './open-data.css';

/** The public API's documentation (English, for developers), as written in docs/public-api.md. */
export function PublicApiPage() {
  const { t } = useTranslation();
  usePageTitle(t('openData.apiDocs'));
  return (
    <Container className="page open-data">
      <Stack gap="lg">
        <PageHeading>{t('openData.apiDocs')}</PageHeading>
        <p>
          <Link to="/open-data">{t('openData.title')}</Link>
        </p>
        <pre className="open-data__doc" lang="en" data-testid="public-api-doc">
          {publicApiDoc}
        </pre>
      </Stack>
    </Container>
  );
}
