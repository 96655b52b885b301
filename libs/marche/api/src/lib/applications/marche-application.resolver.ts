import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import {
  ApplyToMarcheInput,
  MarcheApplication,
  MarcheDecision,
  UpdateMarcheApplicationInput,
} from './marche-application.model';
import { MarcheApplicationService } from './marche-application.service';
import { MarcheReviewService } from './marche-review.service';

@Resolver()
export class MarcheApplicationResolver {
  constructor(
    private readonly applications: MarcheApplicationService,
    private readonly reviews: MarcheReviewService,
  ) {}

  @Mutation(() => MarcheApplication, {
    description: 'A claimed NPO applies; WAITLISTED with a position when the type is full',
  })
  @RequirePolicy('isSignedIn')
  applyToMarche(
    @Args('input') input: ApplyToMarcheInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheApplication> {
    return this.applications.apply(requireUser(user), input);
  }

  @Mutation(() => MarcheApplication, {
    description: 'The NPO edits what it will show, until the application period ends',
  })
  @RequirePolicy('isSignedIn')
  updateMarcheApplication(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateMarcheApplicationInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheApplication> {
    return this.applications.update(requireUser(user), id, input);
  }

  @Mutation(() => MarcheApplication, { description: 'The NPO withdraws; the first on the waitlist moves up' })
  @RequirePolicy('isSignedIn')
  withdrawMarcheApplication(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheApplication> {
    return this.applications.withdraw(requireUser(user), id);
  }

  @Mutation(() => MarcheApplication, { description: 'Staff: accept, or reject with a reason the NPO sees' })
  @RequirePolicy('canManageMarche')
  reviewMarcheApplication(
    @Args('id', { type: () => ID }) id: string,
    @Args('decision', { type: () => MarcheDecision }) decision: MarcheDecision,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheApplication> {
    return this.reviews.review(requireUser(user), id, decision, reason?.slice(0, 1000) ?? null);
  }

  @Mutation(() => Boolean, { description: 'Staff: write to an applicant (in the app and by mail)' })
  @RequirePolicy('canManageMarche')
  messageMarcheApplicant(
    @Args('applicationId', { type: () => ID }) applicationId: string,
    @Args('body') body: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<boolean> {
    return this.reviews.messageApplicant(requireUser(user), applicationId, body);
  }

  @Query(() => [MarcheApplication], { description: 'Staff: every application of an event; NPO members: their own' })
  @RequirePolicy('isSignedIn')
  marcheApplications(
    @Args('eventId', { type: () => ID }) eventId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheApplication[]> {
    return this.applications.applications(eventId, requireUser(user));
  }
}
