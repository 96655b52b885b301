import { CityOfficeDocument, MyCentresDocument } from '@tsunagu/shared/graphql-client';

export const CENTRE = { __typename: 'CommunityGroup', id: 'centre-1', name: '黒崎市民センター', ward: '八幡西区' };

/** The centres the signed-in person works at, for as many requests as the page makes. */
export const myCentresMock = (centres: (typeof CENTRE)[] = [CENTRE]) => ({
  request: { query: MyCentresDocument },
  result: { data: { myCentres: centres } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

export const cityOfficeMock = {
  request: { query: CityOfficeDocument },
  result: {
    data: {
      cityOffice: {
        __typename: 'CityOffice',
        name: '北九州市 市民活動推進課',
        phone: '093-582-2111',
        hours: '平日 8:30〜17:15',
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
