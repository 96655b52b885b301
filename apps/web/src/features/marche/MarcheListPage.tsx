import { useQuery } from '@apollo/client/react';
import { MarcheEventsDocument } from '@tsunagu/shared/graphql-client';
import { Container, Notice, PageHeading, Stack, Tag } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from '../accounts/field-checks';
import { formatDay } from '../../shared/format-date';

/** 「NPOマルシェ」: every marché, the newest first; past ones stay readable. */
export function MarcheListPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('marche.title'));
  const { data, loading, error } = useQuery(MarcheEventsDocument, { fetchPolicy: 'cache-and-network' });
  const events = data?.marcheEvents ?? [];
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <PageHeading lead={t('marche.lead')}>{t('marche.title')}</PageHeading>
        {loading && !data && <p>{t('npo.loading')}</p>}
        {error && !data && <Notice tone="warning">{errorMessage(error, t('form.tryAgain'))}</Notice>}
        {data && events.length === 0 && <p>{t('marche.noEvents')}</p>}
        <ul className="npo-results" role="list" data-testid="marche-events">
          {events.map((e) => (
            <li key={e.id}>
              <article className="offer-card">
                <h2 className="marche-event__name">
                  <Link to={`/marche/${e.id}`}>{e.name}</Link>
                </h2>
                {e.open && (
                  <p>
                    <Tag tone="success">{t('marche.open')}</Tag>
                  </p>
                )}
                <dl className="marche-facts">
                  <dt>{t('marche.date')}</dt>
                  <dd>{formatDay(e.eventDate, i18n.resolvedLanguage)}</dd>
                  <dt>{t('marche.venue')}</dt>
                  <dd>{e.venue}</dd>
                </dl>
              </article>
            </li>
          ))}
        </ul>
      </Stack>
    </Container>
  );
}
