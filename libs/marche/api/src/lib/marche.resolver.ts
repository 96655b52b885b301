import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import {
  ApplyToMarcheInput,
  CreateMarcheEventInput,
  MarcheApplication,
  MarcheDecision,
  MarcheEvent,
  MarcheExhibitor,
  MarcheLayout,
  MarcheLayoutInput,
  UpdateMarcheApplicationInput,
} from './marche.model';
import { MarcheService } from './marche.service';

@Resolver(() => MarcheEvent)
export class MarcheResolver {
  constructor(private readonly marche: MarcheService) {}

  @Query(() => [MarcheEvent], { description: 'Every marché, the newest first (past ones stay readable)' })
  marcheEvents(): Promise<MarcheEvent[]> {
    return this.marche.events();
  }

  @Query(() => MarcheEvent)
  marcheEvent(@Args('id', { type: () => ID }) id: string): Promise<MarcheEvent> {
    return this.marche.event(id);
  }

  @Mutation(() => MarcheEvent, { description: 'Staff: a new marché with its booth types and form questions' })
  @RequirePolicy('canManageMarche')
  createMarcheEvent(
    @Args('input') input: CreateMarcheEventInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheEvent> {
    return this.marche.createEvent(requireUser(user), input);
  }

  @Mutation(() => MarcheApplication, {
    description: 'A claimed NPO applies; WAITLISTED with a position when the type is full',
  })
  @RequirePolicy('isSignedIn')
  applyToMarche(
    @Args('input') input: ApplyToMarcheInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheApplication> {
    return this.marche.apply(requireUser(user), input);
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
    return this.marche.update(requireUser(user), id, input);
  }

  @Mutation(() => MarcheApplication, { description: 'The NPO withdraws; the first on the waitlist moves up' })
  @RequirePolicy('isSignedIn')
  withdrawMarcheApplication(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheApplication> {
    return this.marche.withdraw(requireUser(user), id);
  }

  @Mutation(() => MarcheApplication, { description: 'Staff: accept, or reject with a reason the NPO sees' })
  @RequirePolicy('canManageMarche')
  reviewMarcheApplication(
    @Args('id', { type: () => ID }) id: string,
    @Args('decision', { type: () => MarcheDecision }) decision: MarcheDecision,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheApplication> {
    return this.marche.review(requireUser(user), id, decision, reason?.slice(0, 1000) ?? null);
  }

  @Mutation(() => Boolean, { description: 'Staff: write to an applicant (in the app and by mail)' })
  @RequirePolicy('canManageMarche')
  messageMarcheApplicant(
    @Args('applicationId', { type: () => ID }) applicationId: string,
    @Args('body') body: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<boolean> {
    return this.marche.messageApplicant(requireUser(user), applicationId, body);
  }

  @Query(() => [MarcheApplication], { description: 'Staff: every application of an event; NPO members: their own' })
  @RequirePolicy('isSignedIn')
  marcheApplications(
    @Args('eventId', { type: () => ID }) eventId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheApplication[]> {
    return this.marche.applications(eventId, requireUser(user));
  }

  @Mutation(() => MarcheLayout, { description: 'Staff: the venue as a grid (blocked cells, stage, entrance)' })
  @RequirePolicy('canManageMarche')
  async setMarcheLayout(
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('input') input: MarcheLayoutInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheLayout> {
    return this.marche.setLayout(requireUser(user), eventId, input);
  }

  @Mutation(() => MarcheApplication, {
    description: 'Staff: put an accepted exhibitor on a booth ("row-col"; null takes it off)',
  })
  @RequirePolicy('canManageMarche')
  assignBooth(
    @Args('applicationId', { type: () => ID }) applicationId: string,
    @Args('boothId', { type: () => String, nullable: true }) boothId: string | null,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheApplication> {
    return this.marche.assignBooth(requireUser(user), applicationId, boothId);
  }

  @Mutation(() => MarcheLayout, {
    description: 'Staff: place every accepted exhibitor without a booth, related fields side by side',
  })
  @RequirePolicy('canManageMarche')
  autoAssignBooths(
    @Args('eventId', { type: () => ID }) eventId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheLayout> {
    return this.marche.autoAssignBooths(requireUser(user), eventId);
  }

  @ResolveField(() => MarcheLayout, { nullable: true, description: 'the venue map (null until staff draw it)' })
  layout(
    @Parent() event: MarcheEvent,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheLayout | null> {
    return this.marche.layout(event.id, user);
  }

  @ResolveField(() => [MarcheExhibitor], { description: 'accepted exhibitors that agreed to be published' })
  exhibitors(@Parent() event: MarcheEvent): Promise<MarcheExhibitor[]> {
    return this.marche.exhibitors(event.id);
  }
}
