import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { accountsMessages } from '../accounts.messages';
import { requireUser } from '../auth/access-errors';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { AttemptLimiter } from '../auth/attempt-limiter';
import { NPO_CLAIM_PER_PERSON } from '../auth/attempt-limits.constant';
import { RequirePolicy } from '../auth/policy.guard';
import { NpoClaim } from './npo-claim.model';
import { NpoClaimService } from './npo-claim.service';

@Resolver(() => NpoClaim)
export class NpoClaimResolver {
  constructor(
    private readonly claims: NpoClaimService,
    private readonly limiter: AttemptLimiter,
  ) {}

  @Mutation(() => NpoClaim, { description: '"I work for this NPO": staff will check and decide' })
  @RequirePolicy('isSignedIn')
  async claimNpo(
    @Args('npoId', { type: () => ID }) npoId: string,
    @Args('message') message: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<NpoClaim> {
    const me = requireUser(user);
    // Each claim lands on the staff desk: a few an hour is plenty for a real person.
    await this.limiter.take(NPO_CLAIM_PER_PERSON, me.id, accountsMessages.tooManyNpoClaims);
    return this.claims.claim(me, npoId, message);
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
