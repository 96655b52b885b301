import { ButtonLink, Container, PageHeading, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../app/RouterAnchor';
import { usePageTitle } from '../app/usePageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  const title = t('notFound.title');
  usePageTitle(title);
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <PageHeading lead={t('notFound.body')}>{title}</PageHeading>
        <div>
          <ButtonLink href="/" as={RouterAnchor}>
            {t('backHome')}
          </ButtonLink>
        </div>
      </Stack>
    </Container>
  );
}
