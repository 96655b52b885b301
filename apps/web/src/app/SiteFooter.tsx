import { Container } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ServiceStatus } from './ServiceStatus';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <Container className="site-footer__inner">
        <ServiceStatus />
        <p>{t('footer.office')}</p>
        <p>{t('footer.demo')}</p>
        <p>
          <Link to="/staff/imports">{t('footer.staff')}</Link>
        </p>
      </Container>
    </footer>
  );
}
