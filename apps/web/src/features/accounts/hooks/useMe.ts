import { useQuery } from '@apollo/client/react';
import { MeDocument } from '@tsunagu/shared/graphql-client';

/** The signed-in person (null when signed out; undefined while loading). */
export function useMe() {
  const { data, loading } = useQuery(MeDocument);
  return { me: data?.me, loading };
}
