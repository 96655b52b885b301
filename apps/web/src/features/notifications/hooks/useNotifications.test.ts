import { InMemoryCache } from '@apollo/client';
import { NotificationsDocument, UnreadNotificationCountDocument } from '@tsunagu/shared/graphql-client';
import { describe, expect, it } from 'vitest';
import { markReadInCache } from './useNotifications';

const note = (id: string, read: boolean) => ({
  __typename: 'Notification' as const,
  id,
  title: id,
  body: '',
  link: '/',
  read,
  createdAt: '2026-03-01T00:00:00Z',
});

function seeded() {
  const cache = new InMemoryCache();
  cache.writeQuery({
    query: NotificationsDocument,
    data: { notifications: [note('n1', false), note('n2', false), note('n3', true)], mailPreference: 'EACH' },
  });
  cache.writeQuery({ query: UnreadNotificationCountDocument, data: { unreadNotificationCount: 2 } });
  return cache;
}

describe(markReadInCache.name, () => {
  it('marks one notification read and lowers the count by what the server marked', () => {
    const cache = seeded();
    markReadInCache(cache, ['n1'], 1);
    expect(cache.readQuery({ query: NotificationsDocument })?.notifications.map((n) => n.read)).toEqual([
      true,
      false,
      true,
    ]);
    expect(cache.readQuery({ query: UnreadNotificationCountDocument })?.unreadNotificationCount).toBe(1);
  });

  it('marks every listed notification read and sets the count to 0 when all were asked', () => {
    const cache = seeded();
    markReadInCache(cache, null, 2);
    expect(cache.readQuery({ query: NotificationsDocument })?.notifications.every((n) => n.read)).toBe(true);
    expect(cache.readQuery({ query: UnreadNotificationCountDocument })?.unreadNotificationCount).toBe(0);
  });
});
