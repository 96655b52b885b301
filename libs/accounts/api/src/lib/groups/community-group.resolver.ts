import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { accountsMessages } from '../accounts.messages';
import { requireUser } from '../auth/access-errors';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { AttemptLimiter } from '../auth/attempt-limiter';
import { GROUP_REGISTRATION_PER_PERSON } from '../auth/attempt-limits.constant';
import { RequirePolicy } from '../auth/policy.guard';
import { CommunityGroup, GroupInvite, RegisterCommunityGroupInput } from './community-group.model';
import { CommunityGroupService } from './community-group.service';
import { SchoolDistrict } from '../school-districts/school-district.model';
import { SchoolDistrictService } from '../school-districts/school-district.service';

@Resolver(() => CommunityGroup)
export class CommunityGroupResolver {
  constructor(
    private readonly groups: CommunityGroupService,
    private readonly limiter: AttemptLimiter,
    private readonly districts: SchoolDistrictService,
  ) {}

  @ResolveField(() => SchoolDistrict, { nullable: true, description: 'its 校区 (also when since retired)' })
  async schoolDistrict(@Parent() group: CommunityGroup): Promise<SchoolDistrict | null> {
    if (!group.schoolDistrictId) return null;
    return (await this.districts.byIds([group.schoolDistrictId])).get(group.schoolDistrictId) ?? null;
  }

  @Mutation(() => CommunityGroup, {
    description: 'Say which 校区 the group is in (null: not said); staff or its officers',
  })
  @RequirePolicy('isSignedIn')
  async setGroupSchoolDistrict(
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('schoolDistrictId', { type: () => ID, nullable: true }) schoolDistrictId: string | null,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<CommunityGroup> {
    const me = requireUser(user);
    return this.groups.view(await this.groups.setSchoolDistrict(me, groupId, schoolDistrictId), me);
  }

  @Mutation(() => CommunityGroup, { description: 'Registers a group; staff verify it before its needs are shown' })
  @RequirePolicy('isSignedIn')
  async registerCommunityGroup(
    @Args('input') input: RegisterCommunityGroupInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<CommunityGroup> {
    const me = requireUser(user);
    // Each registration lands on the staff desk for verification.
    await this.limiter.take(GROUP_REGISTRATION_PER_PERSON, me.id, accountsMessages.tooManyGroupRegistrations);
    return this.groups.view(await this.groups.register(me, input), me);
  }

  @Mutation(() => CommunityGroup, { description: 'Staff: verify a group (approve=true) or refuse it' })
  @RequirePolicy('canVerifyGroups')
  async approveCommunityGroup(
    @Args('id', { type: () => ID }) id: string,
    @Args('approve', { defaultValue: true }) approve: boolean,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<CommunityGroup> {
    const me = requireUser(user);
    return this.groups.view(await this.groups.decide(me, id, approve), me);
  }

  @Query(() => CommunityGroup)
  async communityGroup(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<CommunityGroup> {
    return this.groups.view(await this.groups.find(id, user), user);
  }

  @Query(() => [CommunityGroup], { description: 'The groups I belong to' })
  @RequirePolicy('isSignedIn')
  async myCommunityGroups(@CurrentUser() user: AuthenticatedUser | undefined): Promise<CommunityGroup[]> {
    const me = requireUser(user);
    return Promise.all((await this.groups.mine(me)).map((g) => this.groups.view(g, me)));
  }

  @Query(() => [CommunityGroup], { description: 'Staff: groups waiting for verification' })
  @RequirePolicy('canVerifyGroups')
  async pendingCommunityGroups(@CurrentUser() user: AuthenticatedUser | undefined): Promise<CommunityGroup[]> {
    const me = requireUser(user);
    return Promise.all((await this.groups.pending(me)).map((g) => this.groups.view(g, me)));
  }

  @Mutation(() => GroupInvite, { description: 'A link that lets another officer join my group' })
  @RequirePolicy('isSignedIn')
  inviteToCommunityGroup(
    @Args('groupId', { type: () => ID }) groupId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<GroupInvite> {
    return this.groups.invite(requireUser(user), groupId);
  }

  @Mutation(() => CommunityGroup, { description: 'Join a group with an invitation link' })
  @RequirePolicy('isSignedIn')
  async joinCommunityGroup(
    @Args('token') token: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<CommunityGroup> {
    const me = requireUser(user);
    return this.groups.view(await this.groups.join(me, token), me);
  }
}
