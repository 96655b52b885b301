import type { AppConfig, Language } from '@tsunagu/shared/api-core';

/**
 * The city's desk as people read it: 「北九州市 地域・人づくり部」 / "Community and Human Resources
 * Department, City of Kitakyushu". One wording for the letters, the claim refusals and the pages.
 */
export function cityOfficeName({ cityName, cityNameEn, cityOffice }: AppConfig, language: Language): string {
  return language === 'en' ? `${cityOffice.departmentEn}, ${cityNameEn}` : `${cityName} ${cityOffice.department}`;
}
