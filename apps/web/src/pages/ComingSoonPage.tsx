import { ButtonLink, Container, Notice, PageHeading, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../app/RouterAnchor';
import { usePageTitle } from '../app/usePageTitle';

export interface ComingSoonPageProps {
  page: 'npos' | 'needs' | 'marche' | 'login';
}

/** An honest placeholder: what the page will do, that it does not do it yet, and the way home. */
export function ComingSoonPage({ page }: ComingSoonPageProps) {
  const { t } = useTranslation();
  const title = t(`nav.${page}`);
  usePageTitle(title);
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <PageHeading lead={t(`pages.${page}.lead`)}>{title}</PageHeading>
        <Notice title={t('comingSoon.title')}>{t('comingSoon.body')}</Notice>
        <section aria-labelledby="coming-soon-what">
          <Stack gap="sm">
            <h2 id="coming-soon-what">{t('comingSoon.willShow')}</h2>
            <p>{t(`pages.${page}.body`)}</p>
          </Stack>
        </section>
        <div>
          <ButtonLink href="/" as={RouterAnchor} variant="secondary">
            {t('backHome')}
          </ButtonLink>
        </div>
      </Stack>
    </Container>
  );
}
