import { Container } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../features/accounts/hooks/useMe';
import { ServiceStatus } from './ServiceStatus';

const LEGAL_PAGES = ['privacy', 'terms', 'contact'] as const;

export function SiteFooter() {
  const { t } = useTranslation();
  const { me } = useMe();
  // Importing open data is the city staff's work: nobody else needs to read about it.
  const staff = Boolean(me && me.role !== 'MEMBER');
  return (
    <footer className="site-footer">
      <Container className="site-footer__inner">
        <ServiceStatus />
        <nav aria-label={t('footer.linksLabel')}>
          <ul className="site-footer__links" role="list">
            {LEGAL_PAGES.map((page) => (
              <li key={page}>
                <Link to={`/${page}`} data-testid={`footer-${page}`}>
                  {t(`legal.${page}.title`)}
                </Link>
              </li>
            ))}
            <li>
              <Link to="/schemes" data-testid="footer-schemes">
                {t('schemes.footerLink')}
              </Link>
            </li>
            <li>
              <Link to="/impact" data-testid="footer-impact">
                {t('impact.footerLink')}
              </Link>
            </li>
            <li>
              <Link to="/open-data" data-testid="footer-open-data">
                {t('openData.footerLink')}
              </Link>
            </li>
          </ul>
        </nav>
        <p>{t('footer.office')}</p>
        {staff && (
          <div className="site-footer__staff" data-testid="footer-staff">
            <p>{t('footer.demo')}</p>
            <p>
              <Link to="/staff/imports">{t('footer.staff')}</Link>
            </p>
          </div>
        )}
      </Container>
    </footer>
  );
}
