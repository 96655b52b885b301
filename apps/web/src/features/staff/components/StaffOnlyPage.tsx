import { UnavailableNotice } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { NarrowPage } from '../../../app/NarrowPage';
import { RouterAnchor } from '../../../app/RouterAnchor';

export interface StaffOnlyPageProps {
  title: string;
  /** Why the page could not be shown, when the server said so; the general reason otherwise. */
  reason?: string;
}

/** What a staff page shows to someone who is not signed in as staff: the reason and a way to sign in. */
export function StaffOnlyPage({ title, reason }: StaffOnlyPageProps) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <NarrowPage title={title}>
      <UnavailableNotice
        title={t('staffImport.forbidden')}
        nextHref={`/login?next=${encodeURIComponent(location.pathname)}`}
        nextLabel={t('nav.login')}
        as={RouterAnchor}
      >
        <p>{reason ?? t('staffImport.forbiddenBody')}</p>
      </UnavailableNotice>
    </NarrowPage>
  );
}
