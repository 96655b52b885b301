import { useQuery } from '@apollo/client/react';
import { UnreadNotificationCountDocument } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The bell in the header: how many notifications are unread (checked every minute). */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useQuery(UnreadNotificationCountDocument, { pollInterval: 60_000 });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Link
      to="/notifications"
      className="notification-bell"
      data-testid="notification-bell"
      aria-label={count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.title')}
    >
      <span aria-hidden="true" className="notification-bell__icon">
        🔔
      </span>
      <span aria-hidden="true" className="notification-bell__label">
        {t('notifications.title')}
      </span>
      {count > 0 && (
        <span className="notification-bell__count" aria-hidden="true">
          {count}
        </span>
      )}
    </Link>
  );
}
