import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  type AuthenticatedUser,
  CurrentUser,
  MembershipService,
  RequirePolicy,
  policies,
  requireUser,
} from '@tsunagu/accounts/api';
import { Npo } from '../graphql/npo.model';
import { NpoProfile, UpdateNpoProfileInput } from './npo-profile.model';
import { NpoSearchService } from '../search/npo-search.service';
import { NpoProfileService } from './npo-profile.service';

@Resolver(() => Npo)
export class NpoProfileResolver {
  constructor(
    private readonly profiles: NpoProfileService,
    private readonly npos: NpoSearchService,
    private readonly memberships: MembershipService,
  ) {}

  @ResolveField(() => Boolean, { description: 'the caller may edit what the NPO writes about itself' })
  async viewerCanEdit(@Parent() npo: Npo, @CurrentUser() user: AuthenticatedUser | undefined): Promise<boolean> {
    if (!user) return false;
    return policies.canEditNpoProfile(user, await this.memberships.load(user.id), npo);
  }

  @ResolveField(() => NpoProfile, { nullable: true, description: 'what the NPO wrote itself (null until it does)' })
  async profile(@Parent() npo: Npo): Promise<NpoProfile | null> {
    const profile = await this.profiles.find(npo.id);
    return profile ? this.profiles.toModel(profile) : null;
  }

  @Mutation(() => Npo, { description: 'Members of the NPO (or staff) edit what the open data does not hold' })
  @RequirePolicy('isSignedIn')
  async updateNpoProfile(
    @Args('npoId', { type: () => ID }) npoId: string,
    @Args('input') input: UpdateNpoProfileInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Npo> {
    await this.profiles.update(requireUser(user), npoId, input);
    return (await this.npos.byId(npoId, user)) as Npo;
  }
}
