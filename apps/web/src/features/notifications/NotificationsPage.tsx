import type { MailPreference } from '@tsunagu/shared/graphql-client';
import { Button, ChoiceGroup, Container, PageHeading, Stack, Tag } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SignInGate } from '../../app/SignInGate';
import { usePageTitle } from '../../app/usePageTitle';
import { useMe } from '../accounts/hooks/useMe';
import { formatDateTime } from '../../shared/format-date';
import { useNotifications } from './hooks/useNotifications';
import { TryAgainNotice } from '../../app/TryAgainNotice';

const PREFERENCES: MailPreference[] = ['EACH', 'DAILY', 'OFF'];

/** 「お知らせ」: what happened (new offers, answers, messages), and how often to be mailed. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('notifications.title'));
  const { me, loading } = useMe();
  const { data, markRead, marking, setPreference, setting } = useNotifications(Boolean(me));

  if (loading) return null;
  if (!me) return <SignInGate title={t('notifications.title')} message={t('me.signInFirst')} />;
  const items = data?.notifications ?? [];
  const unread = items.filter((n) => !n.read);
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <PageHeading lead={t('notifications.lead')}>{t('notifications.title')}</PageHeading>
        {unread.length > 0 && (
          <div>
            <Button
              variant="secondary"
              disabled={marking.loading}
              onClick={() => void markRead(null).catch(() => undefined)}
              data-testid="notifications-read-all"
            >
              {t('notifications.readAll')}
            </Button>
          </div>
        )}
        {data && items.length === 0 && <p>{t('notifications.none')}</p>}
        <ul className="plain-list" data-testid="notifications">
          {items.map((n) => (
            <li key={n.id} className={`staff-item${n.read ? '' : ' notification--unread'}`}>
              <Link
                to={n.link}
                onClick={() => {
                  if (!n.read) void markRead([n.id]).catch(() => null);
                }}
              >
                {n.title}
              </Link>{' '}
              {!n.read && <Tag tone="primary">{t('notifications.unread')}</Tag>}
              <p>{n.body}</p>
              <p className="npo-page__source">{formatDateTime(n.createdAt, i18n.resolvedLanguage)}</p>
            </li>
          ))}
        </ul>

        <section aria-labelledby="mail-preference">
          <ChoiceGroup
            type="radio"
            name="mail-preference"
            legend={<h2 id="mail-preference">{t('notifications.mailTitle')}</h2>}
            hint={t('notifications.mailHint')}
            options={PREFERENCES.map((p) => ({ value: p, label: t(`notifications.mail.${p}`), testId: `mail-${p}` }))}
            value={data?.mailPreference}
            disabled={setting.loading}
            onChange={(p) => void setPreference(p).catch(() => undefined)}
          />
          {setting.data && (
            <p role="status" className="need-page__done">
              {t('notifications.mailSaved')}
            </p>
          )}
          <TryAgainNotice error={setting.error} />
        </section>
      </Stack>
    </Container>
  );
}
