import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import { MarcheInvitationService } from './marche-invitation.service';
import { MarcheMeetingWishService } from './marche-meeting-wish.service';
import { MarcheInvitationCandidate, MarcheMeetingWish } from './marche-outreach.model';

@Resolver()
export class MarcheOutreachResolver {
  constructor(
    private readonly invitations: MarcheInvitationService,
    private readonly wishes: MarcheMeetingWishService,
  ) {}

  @Query(() => [MarcheInvitationCandidate], {
    description: 'Staff: NPOs to invite, ranked by how well they fit open needs',
  })
  @RequirePolicy('canManageMarche')
  marcheInvitationCandidates(
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('limit', { type: () => Int, defaultValue: 30 }) limit: number,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheInvitationCandidate[]> {
    return this.invitations.candidates(requireUser(user), eventId, Math.min(Math.max(limit, 1), 100));
  }

  @Mutation(() => Boolean, { description: 'Staff: invite an NPO (in the app and by mail; false when already invited)' })
  @RequirePolicy('canManageMarche')
  inviteToMarche(
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('npoId', { type: () => ID }) npoId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<boolean> {
    return this.invitations.invite(requireUser(user), eventId, npoId);
  }

  @Mutation(() => Boolean, { description: 'A group marks an exhibitor it wants to meet (wish=false takes it back)' })
  @RequirePolicy('isSignedIn')
  wishToMeetAtMarche(
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('npoId', { type: () => ID }) npoId: string,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('wish', { defaultValue: true }) wish: boolean,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<boolean> {
    return this.wishes.setWish(requireUser(user), eventId, npoId, groupId, wish);
  }

  @Query(() => [MarcheMeetingWish], { description: 'Who wants to meet whom: staff all; NPOs and groups their own' })
  @RequirePolicy('isSignedIn')
  marcheMeetingWishes(
    @Args('eventId', { type: () => ID }) eventId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheMeetingWish[]> {
    return this.wishes.wishes(requireUser(user), eventId);
  }
}
