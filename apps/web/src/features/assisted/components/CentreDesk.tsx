import { useQuery } from '@apollo/client/react';
import { CentreDeskDocument } from '@tsunagu/shared/graphql-client';
import { ButtonLink, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../../app/RouterAnchor';
import { ErrorNotice } from '../../../shared/ErrorNotice';
import { AssistedGroupCard } from './AssistedGroupCard';

/** One centre's desk: its paper, the way to register a group, and the groups it acts for. */
export function CentreDesk({ centreId }: { centreId: string }) {
  const { t } = useTranslation();
  const { data, error, loading } = useQuery(CentreDeskDocument, { variables: { centreId } });
  if (loading && !data) return <p>{t('assisted.desk.loading')}</p>;
  if (!data) return <ErrorNotice error={error} />;
  const { centre, groups } = data.centreDesk;
  const openNeedsOf = (groupId: string) =>
    data.myNeeds.filter((n) => n.group.id === groupId && n.status === 'PUBLISHED');
  return (
    <Stack gap="lg">
      <section aria-labelledby="centre-print">
        <h2 id="centre-print">
          {centre.name}：{t('assisted.desk.printCentre')}
        </h2>
        <ul className="plain-list">
          <li>
            <a href={`/api/assisted/centres/${centre.id}/kairanban.pdf`} download data-testid="print-kairanban">
              {t('assisted.desk.printKairanban')}
            </a>
          </li>
          <li>
            <a href={`/api/assisted/centres/${centre.id}/weekly-digest.pdf`} download data-testid="print-digest">
              {t('assisted.desk.printDigest')}
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="centre-groups">
        <Stack gap="md">
          <h2 id="centre-groups">{t('assisted.desk.groups')}</h2>
          <div>
            <ButtonLink
              href={`/centre/${centre.id}/groups/new`}
              as={RouterAnchor}
              variant="secondary"
              data-testid="register-assisted-group"
            >
              {t('assisted.desk.register')}
            </ButtonLink>
          </div>
          {groups.length === 0 && <p>{t('assisted.desk.noGroups')}</p>}
          {groups.map((entry) => (
            <AssistedGroupCard key={entry.group.id} entry={entry} needs={openNeedsOf(entry.group.id)} />
          ))}
        </Stack>
      </section>
    </Stack>
  );
}
