import { useMutation } from '@apollo/client/react';
import { CreateHelperDocument, PendingHelpersDocument } from '@tsunagu/shared/graphql-client';
import { ButtonLink, Notice } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { NarrowPage } from '../../app/NarrowPage';
import { RouterAnchor } from '../../app/RouterAnchor';
import { usePageTitle } from '../../app/usePageTitle';
import { useMe } from '../accounts/hooks/useMe';
import { HelperFormView } from '../helpers/components/HelperFormView';
import { StaffOnlyPage } from './components/StaffOnlyPage';

/** Staff add a company, university group or other organisation themselves: it is verified at once. */
export function StaffHelperNewPage() {
  const { t } = useTranslation();
  usePageTitle(t('staffHelpers.newTitle'));
  const { me, loading } = useMe();
  const [create, { data, loading: sending, error }] = useMutation(CreateHelperDocument, {
    refetchQueries: [{ query: PendingHelpersDocument }],
  });

  if (loading) return null;
  if (me?.role !== 'STAFF' && me?.role !== 'ADMIN') return <StaffOnlyPage title={t('staffHelpers.newTitle')} />;
  const created = data?.createHelper;
  if (created) {
    return (
      <NarrowPage title={t('staffHelpers.newTitle')}>
        <Notice title={t('staffHelpers.created', { name: created.name })}>
          <p>{t('staffHelpers.createdBody')}</p>
        </Notice>
        <div className="button-row">
          <ButtonLink href={`/npos/${created.id}`} as={RouterAnchor} data-testid="staff-helper-page">
            {t('staffHelpers.toPage')}
          </ButtonLink>
          <ButtonLink href="/staff" as={RouterAnchor} variant="secondary">
            {t('staff.title')}
          </ButtonLink>
        </div>
      </NarrowPage>
    );
  }
  return (
    <HelperFormView
      title={t('staffHelpers.newTitle')}
      lead={t('staffHelpers.newLead')}
      submitLabel={t('staffHelpers.submit')}
      offerNpoChoice={false}
      sending={sending}
      error={error}
      onSend={(input) => create({ variables: { input } })}
    />
  );
}
