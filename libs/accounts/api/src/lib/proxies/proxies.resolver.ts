import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { requireUser } from '../auth/access-errors';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { RequirePolicy } from '../auth/policy.guard';
import { CentreStaffService } from './centre-staff.service';
import { GroupDelegateService } from './group-delegate.service';
import { AddGroupDelegateInput, AssignCentreStaffInput, CentreStaffMember, GroupDelegate } from './proxy.model';

/** Who acts for a group besides its members: delegates the officer chose, a centre's staff. */
@Resolver()
export class ProxiesResolver {
  constructor(
    private readonly delegates: GroupDelegateService,
    private readonly centres: CentreStaffService,
  ) {}

  @Query(() => [GroupDelegate], { description: "The group's delegates (family members, neighbours)" })
  @RequirePolicy('isSignedIn')
  groupDelegates(
    @Args('groupId', { type: () => ID }) groupId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<GroupDelegate[]> {
    return this.delegates.list(requireUser(user), groupId);
  }

  @Mutation(() => [GroupDelegate], { description: 'The officer lets a family member or neighbour act for the group' })
  @RequirePolicy('isSignedIn')
  addGroupDelegate(
    @Args('input') input: AddGroupDelegateInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<GroupDelegate[]> {
    return this.delegates.add(requireUser(user), input.groupId, input.email, input.relation);
  }

  @Mutation(() => [GroupDelegate], { description: 'The officer takes a delegation back (or a delegate steps down)' })
  @RequirePolicy('isSignedIn')
  removeGroupDelegate(
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<GroupDelegate[]> {
    return this.delegates.remove(requireUser(user), groupId, userId);
  }

  @Query(() => [CentreStaffMember], { description: "A 市民センター's staff: the city's staff and the centre's own" })
  @RequirePolicy('isSignedIn')
  centreStaff(
    @Args('centreId', { type: () => ID }) centreId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<CentreStaffMember[]> {
    return this.centres.staffOf(requireUser(user), centreId);
  }

  @Mutation(() => [CentreStaffMember], { description: "City staff: put a person on a 市民センター's staff" })
  @RequirePolicy('canAssignCentreStaff')
  assignCentreStaff(
    @Args('input') input: AssignCentreStaffInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<CentreStaffMember[]> {
    return this.centres.assign(requireUser(user), input.centreId, input.email);
  }

  @Mutation(() => [CentreStaffMember], { description: "City staff: take a person off a 市民センター's staff" })
  @RequirePolicy('canAssignCentreStaff')
  removeCentreStaff(
    @Args('centreId', { type: () => ID }) centreId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<CentreStaffMember[]> {
    return this.centres.remove(requireUser(user), centreId, userId);
  }
}
