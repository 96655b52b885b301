import { SchoolDistrictsDocument } from '@tsunagu/shared/graphql-client';

/** The 校区 of a ward as the API lists them, for forms that offer the choice. */
export const schoolDistrictsMock = (ward: string, names: readonly string[]) => ({
  request: { query: SchoolDistrictsDocument, variables: { ward } },
  result: {
    data: {
      schoolDistricts: names.map((name, i) => ({ __typename: 'SchoolDistrict', id: `district-${i + 1}`, ward, name })),
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
