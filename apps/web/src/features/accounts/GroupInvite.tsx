import { useMutation } from '@apollo/client/react';
import { InviteToCommunityGroupDocument, JoinCommunityGroupDocument } from '@tsunagu/shared/graphql-client';
import { Button, Container, Notice, PageHeading, SignInRequired, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RouterAnchor } from '../../app/RouterAnchor';
import { usePageTitle } from '../../app/usePageTitle';
import { useMe } from './hooks/useMe';
import { TryAgainNotice } from '../../app/TryAgainNotice';

/** On "my page": a link another officer of the group can open to join it (valid 7 days). */
export function GroupInviteButton({ groupId, groupName }: { groupId: string; groupName: string }) {
  const { t } = useTranslation();
  const [invite, { data, loading }] = useMutation(InviteToCommunityGroupDocument);
  if (data) {
    return (
      <p className="invite-link" data-testid="invite-link">
        {t('invite.share')}
        <br />
        <code>{data.inviteToCommunityGroup.url}</code>
      </p>
    );
  }
  return (
    <Button
      variant="secondary"
      disabled={loading}
      onClick={() => void invite({ variables: { groupId } }).catch(() => null)}
      aria-label={t('invite.createFor', { name: groupName })}
    >
      {t('invite.create')}
    </Button>
  );
}

/** /groups/join?token=…: join a group with an invitation link. */
export function JoinGroupPage() {
  const { t } = useTranslation();
  usePageTitle(t('invite.joinTitle'));
  const [params] = useSearchParams();
  const { me, loading: meLoading } = useMe();
  const [join, { data, loading, error }] = useMutation(JoinCommunityGroupDocument);
  return (
    <Container width="narrow" className="page">
      <Stack gap="lg">
        <PageHeading lead={t('invite.joinLead')}>{t('invite.joinTitle')}</PageHeading>
        {data ? (
          <Notice title={t('invite.joinedTitle')}>
            {t('invite.joinedBody', { name: data.joinCommunityGroup.name })}
          </Notice>
        ) : !me && !meLoading ? (
          <SignInRequired
            message={t('invite.signInFirst')}
            next={`/groups/join?${params.toString()}`}
            signInLabel={t('nav.login')}
            signUpLabel={t('signIn.toSignUp')}
            as={RouterAnchor}
          />
        ) : (
          <>
            <TryAgainNotice error={error} />
            <div>
              <Button
                disabled={loading || !me}
                onClick={() => void join({ variables: { token: params.get('token') ?? '' } }).catch(() => null)}
              >
                {t('invite.join')}
              </Button>
            </div>
          </>
        )}
      </Stack>
    </Container>
  );
}
