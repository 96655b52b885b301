import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requireUser } from '../auth/access-errors';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { RequirePolicy } from '../auth/policy.guard';
import { NpoClaim } from './npo-claim.model';
import { NpoClaimService } from './npo-claim.service';

@Resolver(() => NpoClaim)
export class NpoClaimResolver {
  constructor(private readonly claims: NpoClaimService) {}

  @Mutation(() => NpoClaim, { description: '"I work for this NPO": staff will check and decide' })
  @RequirePolicy('isSignedIn')
  claimNpo(
    @Args('npoId', { type: () => ID }) npoId: string,
    @Args('message') message: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<NpoClaim> {
    return this.claims.claim(requireUser(user), npoId, message);
  }

  @Mutation(() => NpoClaim, { description: 'Staff: approve (the claimant becomes a member of the NPO) or refuse' })
  @RequirePolicy('canDecideNpoClaims')
  decideNpoClaim(
    @Args('claimId', { type: () => ID }) claimId: string,
    @Args('approve') approve: boolean,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<NpoClaim> {
    return this.claims.decide(requireUser(user), claimId, approve);
  }

  @Query(() => [NpoClaim])
  @RequirePolicy('isSignedIn')
  myNpoClaims(@CurrentUser() user: AuthenticatedUser | undefined): Promise<NpoClaim[]> {
    return this.claims.mine(requireUser(user));
  }

  @Query(() => [NpoClaim], { description: 'Staff: claims waiting for a decision' })
  @RequirePolicy('canDecideNpoClaims')
  pendingNpoClaims(@CurrentUser() user: AuthenticatedUser | undefined): Promise<NpoClaim[]> {
    return this.claims.pending(requireUser(user));
  }
}
