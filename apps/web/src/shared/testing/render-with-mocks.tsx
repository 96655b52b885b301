import '../../i18n/i18n';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';

/** The API's answers for a test, the app's providers around what it renders (Japanese, in a router at `route`). */
export function MockedApp({
  mocks,
  route = '/',
  children,
}: {
  mocks: readonly unknown[];
  route?: string;
  children: ReactNode;
}) {
  return (
    <MockedProvider mocks={mocks as ReadonlyArray<MockLink.MockedResponse>}>
      <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter>
    </MockedProvider>
  );
}

/** Renders a page or a piece of one with the API's answers given. */
export function renderWithMocks(ui: ReactNode, mocks: readonly unknown[], route = '/') {
  return render(
    <MockedApp mocks={mocks} route={route}>
      {ui}
    </MockedApp>,
  );
}
