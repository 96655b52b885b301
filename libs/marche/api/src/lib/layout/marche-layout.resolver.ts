import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import { MarcheApplication } from '../applications/marche-application.model';
import { MarcheEvent } from '../events/marche-event.model';
import { MarcheExhibitor, MarcheLayout, MarcheLayoutInput } from './marche-layout.model';
import { MarcheLayoutService } from './marche-layout.service';

@Resolver(() => MarcheEvent)
export class MarcheLayoutResolver {
  constructor(private readonly layouts: MarcheLayoutService) {}

  @Mutation(() => MarcheLayout, { description: 'Staff: the venue as a grid (blocked cells, stage, entrance)' })
  @RequirePolicy('canManageMarche')
  async setMarcheLayout(
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('input') input: MarcheLayoutInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheLayout> {
    return this.layouts.setLayout(requireUser(user), eventId, input);
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
    return this.layouts.assignBooth(requireUser(user), applicationId, boothId);
  }

  @Mutation(() => MarcheLayout, {
    description: 'Staff: place every accepted exhibitor without a booth, related fields side by side',
  })
  @RequirePolicy('canManageMarche')
  autoAssignBooths(
    @Args('eventId', { type: () => ID }) eventId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheLayout> {
    return this.layouts.autoAssignBooths(requireUser(user), eventId);
  }

  @ResolveField(() => MarcheLayout, { nullable: true, description: 'the venue map (null until staff draw it)' })
  layout(
    @Parent() event: MarcheEvent,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<MarcheLayout | null> {
    return this.layouts.layout(event.id, user);
  }

  @ResolveField(() => [MarcheExhibitor], { description: 'accepted exhibitors that agreed to be published' })
  exhibitors(@Parent() event: MarcheEvent): Promise<MarcheExhibitor[]> {
    return this.layouts.exhibitors(event.id);
  }
}
