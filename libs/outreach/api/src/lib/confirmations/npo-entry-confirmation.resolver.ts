import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import { NpoEntryConfirmation, NpoEntryOutcome } from './npo-entry-confirmation.model';
import { NpoEntryConfirmationService } from './npo-entry-confirmation.service';

@Resolver(() => NpoEntryConfirmation)
export class NpoEntryConfirmationResolver {
  constructor(private readonly confirmations: NpoEntryConfirmationService) {}

  @Mutation(() => NpoEntryConfirmation, {
    description: 'An NPO member says the data-book entry from the letter is right, or that it was corrected',
  })
  @RequirePolicy('isSignedIn')
  confirmNpoEntry(
    @Args('npoId', { type: () => ID }) npoId: string,
    @Args('outcome', { type: () => NpoEntryOutcome }) outcome: NpoEntryOutcome,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<NpoEntryConfirmation> {
    return this.confirmations.confirm(requireUser(user), npoId, outcome, note ?? null);
  }

  @Query(() => NpoEntryConfirmation, {
    nullable: true,
    description: 'The NPO’s newest answer to 掲載内容のご確認 (its members and staff); null before any',
  })
  @RequirePolicy('isSignedIn')
  npoEntryConfirmation(
    @Args('npoId', { type: () => ID }) npoId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<NpoEntryConfirmation | null> {
    return this.confirmations.latest(requireUser(user), npoId);
  }

  @Query(() => [NpoEntryConfirmation], { description: 'Staff: who confirmed their data-book entry, newest first' })
  @RequirePolicy('canBridgeNpos')
  npoEntryConfirmations(@CurrentUser() user: AuthenticatedUser | undefined): Promise<NpoEntryConfirmation[]> {
    return this.confirmations.list(requireUser(user));
  }
}
