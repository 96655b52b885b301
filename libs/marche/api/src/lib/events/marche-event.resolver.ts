import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import { CreateMarcheEventInput, MarcheEvent } from './marche-event.model';
import { MarcheEventService } from './marche-event.service';

@Resolver(() => MarcheEvent)
export class MarcheEventResolver {
  constructor(private readonly events: MarcheEventService) {}

  @Query(() => [MarcheEvent], { description: 'Every marché, the newest first (past ones stay readable)' })
  marcheEvents(): Promise<MarcheEvent[]> {
    return this.events.events();
  }

  @Query(() => MarcheEvent)
  marcheEvent(@Args('id', { type: () => ID }) id: string): Promise<MarcheEvent> {
    return this.events.event(id);
  }

  @Mutation(() => MarcheEvent, { description: 'Staff: a new marché with its booth types and form questions' })
  @RequirePolicy('canManageMarche')
  createMarcheEvent(
    @Args('input') input: CreateMarcheEventInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheEvent> {
    return this.events.createEvent(requireUser(user), input);
  }
}
