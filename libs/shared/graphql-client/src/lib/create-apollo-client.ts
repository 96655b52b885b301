import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The web client's Apollo Client. The API is served from the same origin, so the session cookie
 * goes along by itself; JSON POSTs pass Apollo Server's CSRF prevention.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache(),
  });
}
