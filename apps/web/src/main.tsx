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

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
