import { createBrowserRouter } from 'react-router';
import { JoinGroupPage } from '../features/accounts/GroupInvite';
import { GroupRegistrationPage } from '../features/accounts/GroupRegistrationPage';
import { MyPage } from '../features/accounts/MyPage';
import { ResetPasswordPage, ResetRequestPage } from '../features/accounts/PasswordResetPages';
import { SignInPage } from '../features/accounts/SignInPage';
import { SignUpConfirmPage } from '../features/accounts/SignUpConfirmPage';
import { SignUpPage } from '../features/accounts/SignUpPage';
import { AssistedGroupFormPage } from '../features/assisted/AssistedGroupFormPage';
import { CentreDeskPage } from '../features/assisted/CentreDeskPage';
import { CentreStaffPage } from '../features/assisted/CentreStaffPage';
import { TakeoverPage } from '../features/assisted/TakeoverPage';
import { ClaimPage } from '../features/claim/ClaimPage';
import { MarcheApplicationRedirect } from '../features/marche/MarcheApplicationRedirect';
import { MarcheApplyPage } from '../features/marche/MarcheApplyPage';
import { MarcheListPage } from '../features/marche/MarcheListPage';
import { MarchePage } from '../features/marche/MarchePage';
import { StaffMarcheNewPage } from '../features/marche/StaffMarcheNewPage';
import { StaffMarchePage } from '../features/marche/StaffMarchePage';
import { NpoPage } from '../features/npos/NpoPage';
import { NpoProfileEditPage } from '../features/npos/NpoProfileEditPage';
import { MyNeedsPage } from '../features/needs/MyNeedsPage';
import { NeedFormPage } from '../features/needs/NeedFormPage';
import { NeedPage } from '../features/needs/NeedPage';
import { NeedSearchPage } from '../features/needs/NeedSearchPage';
import { OfferPage } from '../features/needs/OfferPage';
import { NotificationsPage } from '../features/notifications/NotificationsPage';
import { StaffDeskPage } from '../features/staff/StaffDeskPage';
import { StaffHelperNewPage } from '../features/staff/StaffHelperNewPage';
import { HelperRegistrationPage } from '../features/helpers/HelperRegistrationPage';
import { NpoSearchPage } from '../features/npos/NpoSearchPage';
import { HelperSearchPage } from '../features/npos/HelperSearchPage';
import { DataBookPage } from '../features/staff/DataBookPage';
import { ImportPage } from '../features/staff/ImportPage';
import { OutreachPage } from '../features/staff/OutreachPage';
import { OpenDataPage } from '../features/open-data/OpenDataPage';
import { PublicApiPage } from '../features/open-data/PublicApiPage';
import { SchemesPage } from '../features/schemes/SchemesPage';
import { StaffSchemesPage } from '../features/schemes/StaffSchemesPage';
import { StaffSchoolDistrictsPage } from '../features/staff/StaffSchoolDistrictsPage';
import { CityDashboardPage } from '../features/impact/CityDashboardPage';
import { StaffStoriesPage } from '../features/stories/StaffStoriesPage';
import { StoriesPage } from '../features/stories/StoriesPage';
import { StoryPage } from '../features/stories/StoryPage';
import { StaffNeedsPage } from '../features/staff/StaffNeedsPage';
import { ContactPage } from '../features/legal/ContactPage';
import { PrivacyPage } from '../features/legal/PrivacyPage';
import { TermsPage } from '../features/legal/TermsPage';
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
      { path: 'helpers', element: <HelperSearchPage /> },
      { path: 'npos/:id', element: <NpoPage /> },
      { path: 'npos/:id/edit', element: <NpoProfileEditPage /> },
      { path: 'staff', element: <StaffDeskPage /> },
      { path: 'staff/imports', element: <ImportPage /> },
      { path: 'staff/helpers/new', element: <StaffHelperNewPage /> },
      { path: 'staff/needs', element: <StaffNeedsPage /> },
      { path: 'staff/databook', element: <DataBookPage /> },
      { path: 'staff/outreach', element: <OutreachPage /> },
      { path: 'staff/schemes', element: <StaffSchemesPage /> },
      { path: 'staff/school-districts', element: <StaffSchoolDistrictsPage /> },
      { path: 'staff/dashboard', element: <CityDashboardPage staff /> },
      { path: 'staff/stories', element: <StaffStoriesPage /> },
      { path: 'staff/centres', element: <CentreStaffPage /> },
      { path: 'staff/marche/new', element: <StaffMarcheNewPage /> },
      { path: 'staff/marche/:id', element: <StaffMarchePage /> },
      { path: 'login', element: <SignInPage /> },
      { path: 'signup', element: <SignUpPage /> },
      { path: 'signup/confirm', element: <SignUpConfirmPage /> },
      { path: 'reset-password/request', element: <ResetRequestPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'claim', element: <ClaimPage /> },
      { path: 'claim/:code', element: <ClaimPage /> },
      { path: 'me', element: <MyPage /> },
      { path: 'groups/new', element: <GroupRegistrationPage /> },
      { path: 'helpers/new', element: <HelperRegistrationPage /> },
      { path: 'groups/join', element: <JoinGroupPage /> },
      { path: 'me/needs', element: <MyNeedsPage /> },
      { path: 'needs', element: <NeedSearchPage /> },
      { path: 'needs/new', element: <NeedFormPage key="new" /> },
      { path: 'needs/:id', element: <NeedPage /> },
      { path: 'needs/:id/edit', element: <NeedFormPage key="edit" /> },
      { path: 'offers/:id', element: <OfferPage /> },
      { path: 'centre', element: <CentreDeskPage /> },
      { path: 'centre/:centreId', element: <CentreDeskPage /> },
      { path: 'centre/:centreId/groups/new', element: <AssistedGroupFormPage /> },
      { path: 'takeover', element: <TakeoverPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'marche', element: <MarcheListPage /> },
      { path: 'marche/applications/:id', element: <MarcheApplicationRedirect /> },
      { path: 'marche/:id', element: <MarchePage /> },
      { path: 'marche/:id/apply', element: <MarcheApplyPage /> },
      { path: 'open-data', element: <OpenDataPage /> },
      { path: 'open-data/api', element: <PublicApiPage /> },
      { path: 'privacy', element: <PrivacyPage /> },
      { path: 'terms', element: <TermsPage /> },
      { path: 'contact', element: <ContactPage /> },
      { path: 'schemes', element: <SchemesPage /> },
      { path: 'impact', element: <CityDashboardPage /> },
      { path: 'stories', element: <StoriesPage /> },
      { path: 'stories/:id', element: <StoryPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
