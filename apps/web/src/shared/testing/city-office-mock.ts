import { CityOfficeDocument } from '@tsunagu/shared/graphql-client';

/** The city office as the demo city answers it (name, phone, hours), for pages that offer to call it. */
export const cityOfficeMock = {
  request: { query: CityOfficeDocument },
  result: {
    data: {
      cityOffice: {
        __typename: 'CityOffice',
        name: '北九州市 地域・人づくり部',
        phone: '093-582-2111',
        hours: '平日 8時30分～17時15分',
      },
    },
  },
};
