import { useTranslation } from 'react-i18next';
import { useCityOffice } from '../../shared/city-office';
import { LegalPage } from './LegalPage';

/**
 * Whom to call. The office's name, number and hours come from the server's settings, the same
 * the letters print, so the page and the paper never give two numbers.
 */
export function ContactPage() {
  const { t } = useTranslation();
  const office = useCityOffice();
  return (
    <LegalPage page="contact">
      <section className="legal-office" aria-labelledby="legal-office-title" data-testid="contact-office">
        <h2 id="legal-office-title">{t('legal.contact.officeTitle')}</h2>
        {office ? (
          <>
            <p className="legal-office__name">{office.name}</p>
            <dl className="legal-office__details">
              <dt>{t('legal.contact.phone')}</dt>
              <dd>
                <a href={office.tel} className="legal-office__phone">
                  {office.phone}
                </a>
              </dd>
              <dt>{t('legal.contact.hours')}</dt>
              <dd>{office.hours}</dd>
            </dl>
          </>
        ) : (
          <p role="status">{t('legal.contact.officeLoading')}</p>
        )}
      </section>
    </LegalPage>
  );
}
