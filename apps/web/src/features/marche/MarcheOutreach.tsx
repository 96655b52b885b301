import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  InviteToMarcheDocument,
  MarcheInvitationCandidatesDocument,
  MarcheMeetingWishesDocument,
  MyPageDocument,
  WishToMeetAtMarcheDocument,
} from '@tsunagu/shared/graphql-client';
import { Button, Notice, Stack } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../accounts/field-checks';
import { FoldedSection } from './components/FoldedSection';
import { wardLabel } from '../../shared/ward-label';

/**
 * Staff: NPOs worth inviting (they have not applied, and they fit what community groups asked
 * for), each with the needs it fits; one click invites it. Below, the groups' wishes to meet.
 */
export function MarcheInvitations({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const { data } = useQuery(MarcheInvitationCandidatesDocument, { variables: { eventId } });
  const wishes = useQuery(MarcheMeetingWishesDocument, { variables: { eventId } });
  const [invite, inviting] = useMutation(InviteToMarcheDocument);
  const [told, setTold] = useState<string | null>(null);
  const candidates = data?.marcheInvitationCandidates ?? [];
  return (
    <Stack gap="lg" className="no-print">
      <FoldedSection
        id="marche-invite"
        title={t('marche.inviteTitle')}
        count={data ? t('marche.foldCount', { count: candidates.length }) : undefined}
        testId="marche-section-invitations"
      >
        <p>{t('marche.inviteLead')}</p>
        {inviting.error && (
          <Notice tone="warning" title={t('form.tryAgain')}>
            {errorMessage(inviting.error, t('form.tryAgain'))}
          </Notice>
        )}
        {told && <p role="status">{told}</p>}
        {candidates.length === 0 ? (
          <p>{t('marche.inviteNone')}</p>
        ) : (
          <ul className="offer-list" role="list" data-testid="marche-invite-candidates">
            {candidates.map((c) => (
              <li key={c.npoId}>
                <article className="offer-card">
                  <h3 className="offer-card__npo">
                    <Link to={`/npos/${c.npoId}`}>{c.npoName}</Link>
                  </h3>
                  {c.ward && <p>{wardLabel(c.ward, i18n.resolvedLanguage)}</p>}
                  <ul>
                    {c.reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                  {c.invited ? (
                    <p>{t('marche.invited')}</p>
                  ) : c.claimed ? (
                    <Button
                      variant="secondary"
                      disabled={inviting.loading}
                      onClick={() =>
                        void invite({ variables: { eventId, npoId: c.npoId } }).then(
                          () => {
                            setTold(t('marche.invitedNow', { name: c.npoName }));
                            // Invited now (or already): the list says so without asking the server again.
                            client.cache.updateQuery(
                              { query: MarcheInvitationCandidatesDocument, variables: { eventId } },
                              (data) =>
                                data && {
                                  marcheInvitationCandidates: data.marcheInvitationCandidates.map((x) =>
                                    x.npoId === c.npoId ? { ...x, invited: true } : x,
                                  ),
                                },
                            );
                          },
                          () => undefined,
                        )
                      }
                    >
                      {t('marche.invite')}
                    </Button>
                  ) : (
                    // No account, so no invitation in the app: the next step is a letter to the registered address.
                    <p className="form-hint">
                      {t('marche.notClaimed')}{' '}
                      <Link to="/staff/outreach#outreach-letters" data-testid="marche-invite-by-letter">
                        {t('marche.notClaimedLink')}
                      </Link>
                    </p>
                  )}
                </article>
              </li>
            ))}
          </ul>
        )}
      </FoldedSection>
      <FoldedSection
        id="marche-wishes"
        title={t('marche.wishesTitle')}
        count={wishes.data ? t('marche.foldCount', { count: wishes.data.marcheMeetingWishes.length }) : undefined}
        testId="marche-section-wishes"
      >
        {(wishes.data?.marcheMeetingWishes.length ?? 0) === 0 ? (
          <p>{t('marche.wishesNone')}</p>
        ) : (
          <ul data-testid="marche-wishes">
            {wishes.data?.marcheMeetingWishes.map((w) => (
              <li key={`${w.npoId}-${w.groupId}`}>
                {t('marche.wishLine', { group: w.groupName, ward: w.groupWard, npo: w.npoName })}
              </li>
            ))}
          </ul>
        )}
      </FoldedSection>
    </Stack>
  );
}

/** For members of verified groups: mark an exhibitor the group wants to meet (or take it back). */
export function MeetWishButton({ eventId, npoId, npoName }: { eventId: string; npoId: string; npoName: string }) {
  const { t } = useTranslation();
  const groups = useQuery(MyPageDocument);
  const wishes = useQuery(MarcheMeetingWishesDocument, { variables: { eventId } });
  const [wish, { loading }] = useMutation(WishToMeetAtMarcheDocument);
  const verified = (groups.data?.myCommunityGroups ?? []).filter((g) => g.status === 'VERIFIED');
  if (verified.length === 0) return null;
  return (
    <div className="button-row">
      {verified.map((g) => {
        const on = (wishes.data?.marcheMeetingWishes ?? []).some((w) => w.npoId === npoId && w.groupId === g.id);
        return (
          <Button
            key={g.id}
            variant={on ? 'primary' : 'secondary'}
            aria-pressed={on}
            disabled={loading}
            onClick={() =>
              // The answer is only true/false; the wishes list (with names and wards) is the server's.
              void wish({ variables: { eventId, npoId, groupId: g.id, wish: !on } }).then(
                () => void wishes.refetch(),
                () => undefined,
              )
            }
            data-testid="marche-wish"
          >
            {verified.length > 1
              ? t('marche.wishFor', { group: g.name, npo: npoName })
              : on
                ? t('marche.wished')
                : t('marche.wishButton')}
          </Button>
        );
      })}
    </div>
  );
}

/** For an NPO's members: the groups that want to meet it at this marché. */
export function WishesForMyNpo({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(MarcheMeetingWishesDocument, { variables: { eventId } });
  const wishes = data?.marcheMeetingWishes ?? [];
  if (wishes.length === 0) return null;
  return (
    <Notice title={t('marche.wishedByTitle')}>
      <ul data-testid="marche-wished-by">
        {wishes.map((w) => (
          <li key={`${w.npoId}-${w.groupId}`}>
            {t('marche.wishLine', { group: w.groupName, ward: w.groupWard, npo: w.npoName })}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
