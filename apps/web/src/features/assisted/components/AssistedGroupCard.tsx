import type { CentreDeskQuery } from '@tsunagu/shared/graphql-client';
import { ButtonLink, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RouterAnchor } from '../../../app/RouterAnchor';
import { formatDay } from '../../../shared/format-date';
import { TakeoverCodeButton } from './TakeoverCodeButton';
import { wardLabel } from '../../../shared/ward-label';

type Entry = CentreDeskQuery['centreDesk']['groups'][number];
type DeskNeed = CentreDeskQuery['myNeeds'][number];

/** One group the centre acts for: whom to call, the consent on record, its open needs, its paper. */
export function AssistedGroupCard({ entry, needs }: { entry: Entry; needs: readonly DeskNeed[] }) {
  const { t, i18n } = useTranslation();
  const { group, consent } = entry;
  const headingId = `group-${group.id}`;
  return (
    <section className="assisted-group" aria-labelledby={headingId} data-testid="assisted-group">
      <Stack gap="sm">
        <h3 id={headingId}>
          {t('format.withExtra', {
            main: group.name,
            extra: [wardLabel(group.ward, i18n.resolvedLanguage), group.area]
              .filter(Boolean)
              .join(t('format.listJoin')),
          })}
        </h3>
        <dl className="assisted-group__facts">
          <dt>{t('assisted.desk.officer')}</dt>
          <dd>{group.representativeName ?? '—'}</dd>
          <dt>{t('assisted.desk.phone')}</dt>
          <dd>
            {group.contactPhone ? (
              <a href={`tel:${group.contactPhone.replace(/\D/g, '')}`}>{group.contactPhone}</a>
            ) : (
              '—'
            )}
          </dd>
          <dt>{t('assisted.desk.consent')}</dt>
          <dd data-testid="assisted-consent">
            {consent
              ? t('assisted.desk.consentLine', {
                  method: t(`assisted.consentMethods.${consent.method}`),
                  day: formatDay(consent.consentedOn, i18n.language),
                  who: consent.takenByName ?? '—',
                })
              : t('assisted.desk.noConsent')}
          </dd>
        </dl>
        <h4>{t('assisted.desk.openNeeds')}</h4>
        {needs.length === 0 ? (
          <p>{t('assisted.desk.noOpenNeeds')}</p>
        ) : (
          <ul className="plain-list">
            {needs.map((n) => (
              <li key={n.id}>
                <Link to={`/needs/${n.id}`}>{n.title}</Link>
              </li>
            ))}
          </ul>
        )}
        <div className="button-row">
          <ButtonLink
            href={`/needs/new?group=${group.id}`}
            as={RouterAnchor}
            aria-describedby={headingId}
            data-testid="write-need"
          >
            {t('assisted.desk.writeNeed')}
          </ButtonLink>
        </div>
        <p>
          <a
            href={`/api/assisted/groups/${group.id}/notice.pdf`}
            download
            aria-describedby={headingId}
            data-testid="print-notice"
          >
            {t('assisted.desk.printNotice')}
          </a>
        </p>
        <TakeoverCodeButton groupId={group.id} />
      </Stack>
    </section>
  );
}
