import { useMutation, useQuery } from '@apollo/client/react';
import {
  type MailPreference,
  MarkNotificationsReadDocument,
  NotificationsDocument,
  SetMailPreferenceDocument,
  UnreadNotificationCountDocument,
} from '@tsunagu/shared/graphql-client';
import { Button, ButtonLink, Container, Notice, PageHeading, Stack, Tag } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RouterAnchor } from '../../app/RouterAnchor';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from '../accounts/field-checks';
import { useMe } from '../accounts/use-me';
import { formatDateTime } from '../needs/need-format';

const PREFERENCES: MailPreference[] = ['EACH', 'DAILY', 'OFF'];

/** 「お知らせ」: what happened (new offers, answers, messages), and how often to be mailed. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('notifications.title'));
  const { me, loading } = useMe();
  const { data, refetch } = useQuery(NotificationsDocument, { skip: !me, fetchPolicy: 'cache-and-network' });
  const refetchQueries = [UnreadNotificationCountDocument];
  const [markRead, marking] = useMutation(MarkNotificationsReadDocument, { refetchQueries });
  const [setPreference, setting] = useMutation(SetMailPreferenceDocument);

  if (loading) return null;
  if (!me) {
    return (
      <Container width="narrow" className="page">
        <Stack gap="lg">
          <PageHeading lead={t('me.signInFirst')}>{t('notifications.title')}</PageHeading>
          <div>
            <ButtonLink href={`/login?next=${encodeURIComponent(location.pathname)}`} as={RouterAnchor}>
              {t('nav.login')}
            </ButtonLink>
          </div>
        </Stack>
      </Container>
    );
  }
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
              onClick={() =>
                void markRead({ variables: { ids: null } }).then(
                  () => refetch(),
                  () => undefined,
                )
              }
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
                  if (!n.read) void markRead({ variables: { ids: [n.id] } }).catch(() => null);
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
          <fieldset className="need-form__group">
            <legend className="ui-field__label">
              <h2 id="mail-preference">{t('notifications.mailTitle')}</h2>
            </legend>
            <p className="ui-field__hint">{t('notifications.mailHint')}</p>
            {PREFERENCES.map((p) => (
              <label key={p} className="checkbox">
                <input
                  type="radio"
                  name="mail-preference"
                  checked={data?.mailPreference === p}
                  disabled={setting.loading}
                  onChange={() =>
                    void setPreference({ variables: { preference: p } }).then(
                      () => refetch(),
                      () => undefined,
                    )
                  }
                  data-testid={`mail-${p}`}
                />
                {t(`notifications.mail.${p}`)}
              </label>
            ))}
          </fieldset>
          {setting.data && (
            <p role="status" className="need-page__done">
              {t('notifications.mailSaved')}
            </p>
          )}
          {setting.error && (
            <Notice tone="error" title={t('form.tryAgain')}>
              {errorMessage(setting.error, t('form.tryAgain'))}
            </Notice>
          )}
        </section>
      </Stack>
    </Container>
  );
}
