import { ButtonLink, Container, Notice, PageHeading, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../../app/RouterAnchor';

/** No verified group to write for: waiting for the city's check, or none registered yet. */
export function NeedFormNoGroup({ pending }: { pending: boolean }) {
  const { t } = useTranslation();
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <PageHeading lead={t('needForm.lead')}>{t('nav.needsNew')}</PageHeading>
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
