import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import {
  ForwardedHow,
  IntroductionCloseReason,
  IntroductionQueueItem,
  IntroductionRequest,
  IntroductionRequestStatus,
} from './introduction-request.model';
import { IntroductionRequestService } from './introduction-request.service';

@Resolver(() => IntroductionRequest)
export class IntroductionRequestResolver {
  constructor(private readonly requests: IntroductionRequestService) {}

  @Mutation(() => IntroductionRequest, {
    description:
      'A group asks an NPO to help with its need: its members are told at once, or (no account yet) the city passes it on',
  })
  @RequirePolicy('isSignedIn')
  requestIntroduction(
    @Args('needId', { type: () => ID }) needId: string,
    @Args('npoId', { type: () => ID }) npoId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<IntroductionRequest> {
    return this.requests.request(requireUser(user), needId, npoId);
  }

  @Query(() => [IntroductionRequest], { description: 'The NPOs a group asked for on its need, with their status' })
  @RequirePolicy('isSignedIn')
  needIntroductions(
    @Args('needId', { type: () => ID }) needId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<IntroductionRequest[]> {
    return this.requests.forNeed(requireUser(user), needId);
  }

  @Query(() => [IntroductionRequest], { description: 'Groups waiting for this NPO, oldest first (its members, staff)' })
  @RequirePolicy('isSignedIn')
  waitingIntroductionsForNpo(
    @Args('npoId', { type: () => ID }) npoId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<IntroductionRequest[]> {
    return this.requests.waitingForNpo(requireUser(user), npoId);
  }

  @Query(() => [IntroductionQueueItem], {
    description: 'Staff: requests by NPO, oldest first (default: the open ones, WAITING and FORWARDED)',
  })
  @RequirePolicy('canBridgeNpos')
  introductionRequests(
    @Args('status', { type: () => IntroductionRequestStatus, nullable: true }) status: IntroductionRequestStatus | null,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<IntroductionQueueItem[]> {
    return this.requests.queue(requireUser(user), status ?? null);
  }

  @Mutation(() => Int, {
    description: 'Staff told the NPO (by phone, mail or letter): its open requests are FORWARDED',
  })
  @RequirePolicy('canBridgeNpos')
  markIntroductionsForwarded(
    @Args('npoId', { type: () => ID }) npoId: string,
    @Args('how', { type: () => ForwardedHow }) how: ForwardedHow,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<number> {
    return this.requests.markForwarded(requireUser(user), npoId, how);
  }

  @Mutation(() => IntroductionRequest, { description: 'Staff close a request (the NPO declined, or never answered)' })
  @RequirePolicy('canBridgeNpos')
  closeIntroductionRequest(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => IntroductionCloseReason }) reason: IntroductionCloseReason,
    @Args('note', {
      type: () => String,
      nullable: true,
      description: 'a short word to the group (the group reads it; never contact details)',
    })
    note: string | null,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<IntroductionRequest> {
    return this.requests.close(requireUser(user), id, reason, note ?? null);
  }
}
