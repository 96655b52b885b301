import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  DeleteMyAccountDocument,
  MyPageDocument,
  SignOutDocument,
  SignOutEverywhereDocument,
} from '@tsunagu/shared/graphql-client';
import { Button, ButtonLink, Container, Notice, PageHeading, Stack, Tag } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RouterAnchor } from '../../app/RouterAnchor';
import { SignInGate } from '../../app/SignInGate';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from './field-checks';
import { GroupInviteButton } from './GroupInvite';
import { useMe } from './hooks/useMe';
import { PasswordField } from './components/AccountFields';
import { MyListSection } from './components/MyListSection';
import { MyHelperItem } from './components/MyHelperItem';
import { MyGroupProxyPart } from '../assisted/components/MyGroupProxyPart';
import { wardLabel } from '../../shared/ward-label';

/** 「マイページ」: my groups, my NPOs, my other helpers, my data, signing out. */
export function MyPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('me.title'));
  const navigate = useNavigate();
  const client = useApolloClient();
  const { me, loading } = useMe();
  const { data } = useQuery(MyPageDocument, { skip: !me });
  const [signOut] = useMutation(SignOutDocument);
  const [signOutEverywhere] = useMutation(SignOutEverywhereDocument);
  const [deleteAccount, deletion] = useMutation(DeleteMyAccountDocument);
  const [password, setPassword] = useState('');

  const leave = async (action: () => Promise<unknown>) => {
    await action().catch(() => null);
    await client.resetStore();
    void navigate('/');
  };

  if (loading) return null;
  if (!me) return <SignInGate title={t('me.title')} message={t('me.signInFirst')} />;
  const approvedNpos = data?.myNpoClaims.filter((c) => c.status === 'APPROVED') ?? [];
  // NPOs are listed with their claims; this part is for the other kinds.
  const otherHelpers = data?.myHelpers.filter((h) => h.kind !== 'NPO');
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <PageHeading lead={t('me.hello', { name: me.displayName })}>{t('me.title')}</PageHeading>
        {me.role !== 'MEMBER' && (
          <Notice title={t('me.staffTitle')}>
            <Link to="/staff">{t('me.toStaffDesk')}</Link>
          </Notice>
        )}

        <p>
          <Link to="/me/needs" data-testid="me-needs">
            {t('me.toNeeds')}
          </Link>
        </p>

        <MyListSection
          part="groups"
          items={data?.myCommunityGroups}
          after={
            <>
              <p>
                <ButtonLink href="/groups/new" as={RouterAnchor} variant="secondary" data-testid="register-group">
                  {t('me.registerGroup')}
                </ButtonLink>
              </p>
              <p>
                <Link to="/takeover" data-testid="to-takeover">
                  {t('assisted.takeover.fromMyPage')}
                </Link>
              </p>
            </>
          }
        >
          {(g) => (
            <>
              {t('format.withExtra', { main: g.name, extra: wardLabel(g.ward, i18n.resolvedLanguage) })}{' '}
              <Tag tone={g.status === 'VERIFIED' ? 'success' : 'warning'}>{t(`me.groupStatus.${g.status}`)}</Tag>
              {!g.viewerActsAs && (
                <div className="button-row">
                  <GroupInviteButton groupId={g.id} groupName={g.name} />
                </div>
              )}
              <MyGroupProxyPart group={g} myUserId={me.id} />
            </>
          )}
        </MyListSection>

        <MyListSection
          part="npos"
          items={data?.myNpoClaims}
          after={approvedNpos.length === 0 && <p>{t('me.howToClaim')}</p>}
        >
          {(c) => (
            <>
              <Link to={`/npos/${c.npoId}`}>{c.npoName}</Link>{' '}
              <Tag tone={c.status === 'APPROVED' ? 'success' : 'warning'}>{t(`me.claimStatus.${c.status}`)}</Tag>
              {c.status === 'APPROVED' && (
                <>
                  {' '}
                  <Link to={`/npos/${c.npoId}/edit`}>{t('me.editNpo')}</Link>
                </>
              )}
            </>
          )}
        </MyListSection>

        <MyListSection
          part="helpers"
          items={otherHelpers}
          after={
            <p>
              <Link to="/helpers/new" data-testid="me-register-helper">
                {t('helpers.title')}
              </Link>
            </p>
          }
        >
          {(h) => <MyHelperItem helper={h} />}
        </MyListSection>

        <section aria-labelledby="me-data">
          <h2 id="me-data">{t('me.myData')}</h2>
          <Stack gap="sm">
            <p>
              <a href="/api/me/personal-data" download>
                {t('me.download')}
              </a>
            </p>
            <div className="button-row">
              <Button variant="secondary" onClick={() => void leave(() => signOut())} data-testid="sign-out">
                {t('me.signOut')}
              </Button>
              <Button variant="secondary" onClick={() => void leave(() => signOutEverywhere())}>
                {t('me.signOutEverywhere')}
              </Button>
            </div>
            <details>
              <summary>{t('me.deleteTitle')}</summary>
              <Stack gap="sm">
                <p>{t('me.deleteBody')}</p>
                {deletion.error && (
                  <Notice tone="error" title={t('me.deleteFailed')}>
                    {errorMessage(deletion.error, t('form.tryAgain'))}
                  </Notice>
                )}
                <PasswordField
                  autoComplete="current-password"
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                />
                <div>
                  <Button
                    variant="secondary"
                    onClick={() =>
                      void deleteAccount({ variables: { password } }).then(
                        () => leave(async () => undefined),
                        () => undefined,
                      )
                    }
                  >
                    {t('me.deleteSubmit')}
                  </Button>
                </div>
              </Stack>
            </details>
          </Stack>
        </section>
      </Stack>
    </Container>
  );
}
