import type { SupportSchemeFieldsFragment } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';
import { telHref } from '../scheme-phone';

/** The office to call, the phone as a big tap target, and the scheme's page when there is one. */
export function SchemeOffice({ scheme }: { scheme: SupportSchemeFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <div className="scheme-office">
      <p>
        <span className="offer-card__label">{t('schemes.office')}</span>
        {scheme.officeName}
      </p>
      <a
        className="scheme-office__call"
        href={telHref(scheme.officePhone)}
        aria-label={t('schemes.callLabel', { office: scheme.officeName, phone: scheme.officePhone })}
        data-testid="scheme-call"
      >
        {t('schemes.call', { phone: scheme.officePhone })}
      </a>
      {scheme.officeUrl && (
        <p>
          <a
            href={scheme.officeUrl}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('schemes.websiteLabel', { name: scheme.name })}
          >
            {t('schemes.website')}
          </a>
        </p>
      )}
    </div>
  );
}
