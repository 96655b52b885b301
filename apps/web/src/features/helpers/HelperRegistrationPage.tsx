import { useMutation } from '@apollo/client/react';
import { RegisterHelperDocument } from '@tsunagu/shared/graphql-client';
import { ButtonLink, Notice } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { NarrowPage } from '../../app/NarrowPage';
import { RouterAnchor } from '../../app/RouterAnchor';
import { SignInGate } from '../../app/SignInGate';
import { usePageTitle } from '../../app/usePageTitle';
import { useMe } from '../accounts/hooks/useMe';
import { HelperFormView } from './components/HelperFormView';

/** A company, university group or other organisation registers itself; the city checks it. */
export function HelperRegistrationPage() {
  const { t } = useTranslation();
  usePageTitle(t('helpers.title'));
  const { me, loading } = useMe();
  const [register, { data, loading: sending, error }] = useMutation(RegisterHelperDocument);

  if (loading) return null;
  if (!me) return <SignInGate title={t('helpers.title')} message={t('helpers.signIn')} />;
  const registered = data?.registerHelper;
  if (registered) {
    return (
      <NarrowPage title={t('helpers.title')}>
        <Notice title={t('helpers.done.title')}>
          <p data-testid="helper-registered">{t('helpers.done.body', { name: registered.name })}</p>
        </Notice>
        <div>
          <ButtonLink href={`/npos/${registered.id}`} as={RouterAnchor} data-testid="helper-page-link">
            {t('helpers.done.toPage')}
          </ButtonLink>
        </div>
      </NarrowPage>
    );
  }
  return (
    <HelperFormView
      title={t('helpers.title')}
      lead={t('helpers.lead')}
      submitLabel={t('helpers.submit')}
      offerNpoChoice
      sending={sending}
      error={error}
      onSend={(input) => register({ variables: { input } })}
    />
  );
}
