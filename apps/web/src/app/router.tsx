import { createBrowserRouter } from 'react-router';
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
      { path: 'npos', element: <ComingSoonPage page="npos" /> },
      { path: 'needs', element: <ComingSoonPage page="needs" /> },
      { path: 'marche', element: <ComingSoonPage page="marche" /> },
      { path: 'login', element: <ComingSoonPage page="login" /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
