import { ButtonLink, Container, Notice, PageHeading, Stack } from '@tsunagu/shared/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../../app/RouterAnchor';

/**
 * No verified group to write for: waiting for the city's check, or none registered yet. The
 * banner (the NPO the officer came to ask) says that the ask is kept for when they can write.
 */
export function NeedFormNoGroup({ pending, banner }: { pending: boolean; banner?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <PageHeading lead={t('needForm.lead')}>{t('nav.needsNew')}</PageHeading>
        {banner}
        <Notice tone="warning" title={pending ? t('needForm.groupPendingTitle') : t('needForm.noGroupTitle')}>
          {pending ? t('needForm.groupPendingBody') : t('needForm.noGroupBody')}
        </Notice>
        {!pending && (
          <div>
            <ButtonLink href="/groups/new" as={RouterAnchor}>
              {t('me.registerGroup')}
            </ButtonLink>
          </div>
        )}
      </Stack>
    </Container>
  );
}
