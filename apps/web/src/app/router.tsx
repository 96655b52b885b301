import { createBrowserRouter } from 'react-router';
import { JoinGroupPage } from '../features/accounts/GroupInvite';
import { GroupRegistrationPage } from '../features/accounts/GroupRegistrationPage';
import { MyPage } from '../features/accounts/MyPage';
import { ResetPasswordPage, ResetRequestPage } from '../features/accounts/PasswordResetPages';
import { SignInPage } from '../features/accounts/SignInPage';
import { SignUpPage } from '../features/accounts/SignUpPage';
import { NpoPage } from '../features/npos/NpoPage';
import { NpoProfileEditPage } from '../features/npos/NpoProfileEditPage';
import { StaffDeskPage } from '../features/staff/StaffDeskPage';
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
      { path: 'npos/:id/edit', element: <NpoProfileEditPage /> },
      { path: 'staff', element: <StaffDeskPage /> },
      { path: 'staff/imports', element: <ImportPage /> },
      { path: 'login', element: <SignInPage /> },
      { path: 'signup', element: <SignUpPage /> },
      { path: 'reset-password/request', element: <ResetRequestPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'me', element: <MyPage /> },
      { path: 'groups/new', element: <GroupRegistrationPage /> },
      { path: 'groups/join', element: <JoinGroupPage /> },
      { path: 'needs', element: <ComingSoonPage page="needs" /> },
      { path: 'marche', element: <ComingSoonPage page="marche" /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
