import {
  HealthDocument,
  MeDocument,
  MyCentresDocument,
  UnreadNotificationCountDocument,
} from '@tsunagu/shared/graphql-client';
import { vi } from 'vitest';
import { cityOfficeMock } from '../../shared/testing/city-office-mock';

const always = { maxUsageCount: Number.POSITIVE_INFINITY };

/** The API's answers every page shell asks for, as the given person (or nobody) sees them. */
export function shellMocks(role: 'MEMBER' | 'STAFF' | 'ADMIN' | null, { centres = 0 } = {}) {
  return [
    {
      request: { query: MeDocument },
      result: {
        data: {
          me: role && { __typename: 'User', id: 'user-1', email: 'officer@example.jp', displayName: '山田', role },
        },
      },
      ...always,
    },
    {
      request: { query: MyCentresDocument },
      result: {
        data: {
          myCentres: Array.from({ length: centres }, (_, i) => ({
            __typename: 'CommunityGroup',
            id: `centre-${i}`,
            name: '黒崎市民センター',
            ward: '八幡西区',
          })),
        },
      },
      ...always,
    },
    {
      request: { query: UnreadNotificationCountDocument },
      result: { data: { unreadNotificationCount: 0 } },
      ...always,
    },
    {
      request: { query: HealthDocument },
      result: { data: { health: { __typename: 'HealthStatus', status: 'ok', postgres: 'up', meilisearch: 'up' } } },
      ...always,
    },
    { ...cityOfficeMock, ...always },
  ];
}

/** A screen as wide as `width` CSS pixels, as far as `matchMedia('(min-width: …rem)')` asks. */
export function screenWidth(width: number): void {
  vi.stubGlobal('matchMedia', (query: string) => {
    const rem = /min-width:\s*([\d.]+)rem/.exec(query);
    return {
      matches: rem ? width >= Number(rem[1]) * 16 : false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
  });
}
