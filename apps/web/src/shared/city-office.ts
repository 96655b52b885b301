/**
 * The city office that answers NPOs and groups when the product cannot help further (a letter's
 * code refused, a question about a request). A placeholder: the same number and office the
 * invitation letter prints, so that the page and the paper never disagree. One place to change.
 */
export const CITY_OFFICE = {
  phone: '093-582-2111',
  nameJa: '北九州市 地域・人づくり部',
  nameEn: 'Community and Human Resources Department, City of Kitakyushu',
} as const;

/** The office's name in the reader's language. */
export function cityOfficeName(language: string | undefined): string {
  return language === 'en' ? CITY_OFFICE.nameEn : CITY_OFFICE.nameJa;
}

/** A `tel:` address for the office (digits only, so that every phone dials it). */
export const CITY_OFFICE_TEL = `tel:${CITY_OFFICE.phone.replace(/\D/g, '')}`;
