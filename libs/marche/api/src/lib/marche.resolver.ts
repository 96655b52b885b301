import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import {
  ApplyToMarcheInput,
  CreateMarcheEventInput,
  MarcheApplication,
  MarcheDecision,
  MarcheEvent,
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

  @Query(() => [MarcheApplication], { description: 'Staff: every application of an event; NPO members: their own' })
  @RequirePolicy('isSignedIn')
  marcheApplications(
    @Args('eventId', { type: () => ID }) eventId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheApplication[]> {
    return this.marche.applications(eventId, requireUser(user));
  }
}
