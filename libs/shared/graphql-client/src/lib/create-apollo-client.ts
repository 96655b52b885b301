import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The web client's Apollo Client. The API is served from the same origin, so the session cookie
 * goes along by itself; JSON POSTs pass Apollo Server's CSRF prevention.
 */
export function createApolloClient(uri = '/graphql', language: () => string = () => 'ja'): ApolloClient {
  return new ApolloClient({
    // The server words its refusals in the language the person chose here, not the browser's.
    link: new HttpLink({
      uri,
      credentials: 'same-origin',
      fetch: (input, init) =>
        fetch(input, {
          ...init,
          headers: { ...(init?.headers as Record<string, string>), 'Accept-Language': language() },
        }),
    }),
    cache: new InMemoryCache(),
  });
}
