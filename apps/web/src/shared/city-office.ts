import { useQuery } from '@apollo/client/react';
import { CityOfficeDocument } from '@tsunagu/shared/graphql-client';

/**
 * The city office that answers NPOs and groups when the product cannot help further (a letter's
 * code refused, a question about a request). It comes from the server's settings
 * (CITY_OFFICE_*), the same the invitation letters print, so the page and the paper never
 * disagree; `undefined` while loading.
 */
export function useCityOffice(): { name: string; phone: string; hours: string; tel: string } | undefined {
  const office = useQuery(CityOfficeDocument).data?.cityOffice;
  // A `tel:` address of digits only, so that every phone dials it.
  return office ? { ...office, tel: `tel:${office.phone.replace(/\D/g, '')}` } : undefined;
}
