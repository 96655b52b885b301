import { ButtonLink } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { useCityOffice } from '../../../shared/city-office';

/** The next step when the code does not work: call the city, whose number is shown as text too. */
export function CityOfficeHelp() {
  const { t } = useTranslation();
  const office = useCityOffice();
  return (
    <section aria-labelledby="claim-help" data-testid="claim-help">
      <h2 id="claim-help">{t('claimCode.helpTitle')}</h2>
      <p>{t('claimCode.helpBody')}</p>
      {office && (
        <>
          <p className="claim-office">
            {office.name}
            <br />
            <span data-testid="city-office-phone">{office.phone}</span>（{office.hours}）
          </p>
          <div>
            <ButtonLink href={office.tel} variant="secondary">
              {t('claimCode.callCity')}
            </ButtonLink>
          </div>
        </>
      )}
    </section>
  );
}
