import './i18n/i18n';
import i18n from 'i18next';
import './styles/app.css';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '@tsunagu/shared/graphql-client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { router } from './app/router';

const client = createApolloClient('/graphql', () => i18n.language);
// The server words reasons, notices and refusals in the language asked for: after a switch, what
// is on screen is fetched again and the rest of the cache dropped, so nothing stays in the other one.
i18n.on('languageChanged', () => void client.resetStore());

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
