import type { AppConfig } from '@tsunagu/shared/api-core';
import type { NotificationReading } from './notification-language';

/**
 * How the configured city desk appears in the stored Japanese (as outreach's cityOffice writes it
 * into the letter-code notice) and in English, so the English reader gets the desk's English name.
 */
export function notificationReading({ cityName, cityNameEn, cityOffice }: AppConfig): NotificationReading {
  return {
    office: {
      ja: `${cityName} ${cityOffice.department}、電話 ${cityOffice.phone}`,
      en: `${cityOffice.departmentEn}, ${cityNameEn}, phone ${cityOffice.phone}`,
    },
  };
}
