import { useApolloClient, useMutation } from '@apollo/client/react';
import { SignOutDocument } from '@tsunagu/shared/graphql-client';
import { useNavigate } from 'react-router';

/** Signs out, forgets everything fetched as that person, and goes home. */
export function useSignOut(): () => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut] = useMutation(SignOutDocument);
  return async () => {
    // Even when the server cannot be reached, this device forgets the person.
    await signOut().catch(() => null);
    await client.resetStore();
    void navigate('/');
  };
}
