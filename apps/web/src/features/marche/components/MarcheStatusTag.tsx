import type { MarcheApplicationItemFragment } from '@tsunagu/shared/graphql-client';
import { Tag } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';

/** The status in words; the waitlist place when waiting. */
export function MarcheStatusTag({ application }: { application: MarcheApplicationItemFragment }) {
  const { t } = useTranslation();
  const tone =
    application.status === 'ACCEPTED'
      ? 'success'
      : application.status === 'PENDING'
        ? 'primary'
        : application.status === 'WAITLISTED'
          ? 'warning'
          : 'neutral';
  return (
    <Tag tone={tone} data-testid="marche-status">
      {application.status === 'WAITLISTED'
        ? t('marche.waitlisted', { position: application.waitlistPosition })
        : t(`marche.status.${application.status}`)}
    </Tag>
  );
}
