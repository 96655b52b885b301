import { createBrowserRouter } from 'react-router';
import { NpoPage } from '../features/npos/NpoPage';
import { NpoSearchPage } from '../features/npos/NpoSearchPage';
import { ImportPage } from '../features/staff/ImportPage';
import { ComingSoonPage } from '../pages/ComingSoonPage';
import { HomePage } from '../pages/HomePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { Layout } from './Layout';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      // Placeholders until each domain's pages land.
      { path: 'npos', element: <NpoSearchPage /> },
      { path: 'npos/:id', element: <NpoPage /> },
      { path: 'staff/imports', element: <ImportPage /> },
      { path: 'needs', element: <ComingSoonPage page="needs" /> },
      { path: 'marche', element: <ComingSoonPage page="marche" /> },
      { path: 'login', element: <ComingSoonPage page="login" /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
