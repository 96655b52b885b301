import { Notice } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCityOffice } from '../../../shared/city-office';

/** For someone who is not on any centre's staff: why, and whom to call to become so. */
export function NoCentreNotice() {
  const { t } = useTranslation();
  const office = useCityOffice();
  return (
    <Notice title={t('assisted.desk.noCentreTitle')}>
      <p data-testid="no-centre">{t('assisted.desk.noCentreBody')}</p>
      {office && (
        <p>
          <a href={office.tel}>{t('assisted.desk.callOffice', office)}</a>
        </p>
      )}
      <p>
        <Link to="/me">{t('assisted.desk.toMe')}</Link>
      </p>
    </Notice>
  );
}
