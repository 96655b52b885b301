import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  type MailPreference,
  MarkNotificationsReadDocument,
  NotificationsDocument,
  SetMailPreferenceDocument,
} from '@tsunagu/shared/graphql-client';

/** Marks the given notifications (all when `ids` is null) read in the cache, and lowers the bell's count. */
export function markReadInCache(cache: ApolloCache, ids: readonly string[] | null, marked: number): void {
  const targets = ids ?? (cache.readQuery({ query: NotificationsDocument })?.notifications ?? []).map((n) => n.id);
  for (const id of targets) {
    cache.modify({ id: cache.identify({ __typename: 'Notification', id }), fields: { read: () => true } });
  }
  cache.modify<{ unreadNotificationCount: number }>({
    fields: { unreadNotificationCount: (count) => (ids === null ? 0 : Math.max(0, count - marked)) },
  });
}

/** The notifications page's data: the list, the mail preference, and the two changes to them. */
export function useNotifications(signedIn: boolean) {
  const { data } = useQuery(NotificationsDocument, { skip: !signedIn, fetchPolicy: 'cache-and-network' });
  const [markReadMutation, marking] = useMutation(MarkNotificationsReadDocument);
  const [setPreferenceMutation, setting] = useMutation(SetMailPreferenceDocument);

  const markRead = (ids: string[] | null) =>
    markReadMutation({
      variables: { ids },
      update: (cache, { data: result }) => markReadInCache(cache, ids, result?.markNotificationsRead ?? 0),
    });
  const setPreference = (preference: MailPreference) =>
    setPreferenceMutation({
      variables: { preference },
      update: (cache, { data: result }) => {
        if (!result) return;
        cache.modify<{ mailPreference: MailPreference }>({
          fields: { mailPreference: () => result.setMailPreference },
        });
      },
    });
  return { data, markRead, marking, setPreference, setting };
}
