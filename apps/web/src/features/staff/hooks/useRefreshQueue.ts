import { useApolloClient } from '@apollo/client/react';
import { OutreachQueueDocument } from '@tsunagu/shared/graphql-client';
import { useCallback } from 'react';

/**
 * Asks the server for the queue again after staff acted on it (forwarded, closed, wrote a
 * letter, recorded a contact): the server decides the statuses, the reminder and the order.
 */
export function useRefreshQueue(): () => void {
  const client = useApolloClient();
  return useCallback(() => {
    void client.refetchQueries({ include: [OutreachQueueDocument] }).catch(() => undefined);
  }, [client]);
}
