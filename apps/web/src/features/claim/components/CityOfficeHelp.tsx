import { ButtonLink } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { CITY_OFFICE, CITY_OFFICE_TEL, cityOfficeName } from '../../../shared/city-office';

/** The next step when the code does not work: call the city, whose number is shown as text too. */
export function CityOfficeHelp() {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="claim-help" data-testid="claim-help">
      <h2 id="claim-help">{t('claimCode.helpTitle')}</h2>
      <p>{t('claimCode.helpBody')}</p>
      <p className="claim-office">
        {cityOfficeName(i18n.resolvedLanguage)}
        <br />
        <span data-testid="city-office-phone">{CITY_OFFICE.phone}</span>
      </p>
      <div>
        <ButtonLink href={CITY_OFFICE_TEL} variant="secondary">
          {t('claimCode.callCity')}
        </ButtonLink>
      </div>
    </section>
  );
}
