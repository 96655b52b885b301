import { useApolloClient } from '@apollo/client/react';
import { MarcheApplicationsDocument, MarcheEventsDocument } from '@tsunagu/shared/graphql-client';
import { Container, Notice, PageHeading, Stack } from '@tsunagu/shared/ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';

/**
 * Notifications about an application link to /marche/applications/:id; the application is shown
 * on its event's application page (「わたしの申し込み」), so this finds the event and goes there.
 */
export function MarcheApplicationRedirect() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const client = useApolloClient();
  const [target, setTarget] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const events = await client.query({ query: MarcheEventsDocument });
        for (const e of events.data?.marcheEvents ?? []) {
          const apps = await client.query({
            query: MarcheApplicationsDocument,
            variables: { eventId: e.id },
            fetchPolicy: 'network-only',
          });
          if (apps.data?.marcheApplications.some((a) => a.id === id)) {
            if (!cancelled) setTarget(`/marche/${e.id}/apply`);
            return;
          }
        }
      } catch {
        // Signed out or no access: say so below.
      }
      if (!cancelled) setTarget(null);
    })();
    return () => {
      cancelled = true;
    };
  }, [client, id]);
  if (target) return <Navigate to={target} replace />;
  if (target === undefined) return <p className="page">{t('npo.loading')}</p>;
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <PageHeading>{t('marche.applicationNotFound')}</PageHeading>
        <Notice tone="warning">
          {t('marche.applicationNotFoundBody')}{' '}
          <Link to={`/login?next=${encodeURIComponent(`/marche/applications/${id}`)}`}>{t('nav.login')}</Link>
        </Notice>
      </Stack>
    </Container>
  );
}
