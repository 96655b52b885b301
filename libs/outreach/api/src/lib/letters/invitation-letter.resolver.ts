import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import { GenerateInvitationLettersInput, InvitationLetterJob } from './invitation-letter.model';
import { InvitationLetterService } from './invitation-letter.service';

@Resolver(() => InvitationLetterJob)
export class InvitationLetterResolver {
  constructor(private readonly letters: InvitationLetterService) {}

  @Mutation(() => InvitationLetterJob, {
    description:
      'Staff: one letter per chosen NPO (A4, window envelope) with a one-time claim code and QR, made in the background',
  })
  @RequirePolicy('canBridgeNpos')
  generateInvitationLetters(
    @Args('input') input: GenerateInvitationLettersInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<InvitationLetterJob> {
    return this.letters.generate(requireUser(user), input);
  }

  @Query(() => InvitationLetterJob)
  @RequirePolicy('canBridgeNpos')
  invitationLetterJob(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<InvitationLetterJob> {
    return this.letters.job(requireUser(user), id);
  }

  @Query(() => [InvitationLetterJob], { description: 'Staff: letter runs, newest first' })
  @RequirePolicy('canBridgeNpos')
  invitationLetterJobs(@CurrentUser() user: AuthenticatedUser | undefined): Promise<InvitationLetterJob[]> {
    return this.letters.jobs(requireUser(user));
  }
}
