import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import { NeedSearchService } from '../search/need-search.service';
import { NeedSearchResult, SearchNeedsInput } from '../search/search-needs.input';
import { Need, NeedDraftFields, NeedOutcome, NeedStatus, PostNeedInput } from './need.model';
import { NeedService } from './need.service';

@Resolver(() => Need)
export class NeedResolver {
  constructor(
    private readonly needs: NeedService,
    private readonly search: NeedSearchService,
  ) {}

  @Query(() => NeedSearchResult, { description: 'Open needs of verified groups, by words, ward, field, kind and date' })
  searchNeeds(
    @Args('input') input: SearchNeedsInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<NeedSearchResult> {
    return this.search.search(input, user);
  }

  @Query(() => Need)
  async need(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Need> {
    return this.needs.view(await this.needs.find(id, user), user);
  }

  @Query(() => [Need], { description: 'The needs of the groups I belong to, drafts included' })
  @RequirePolicy('isSignedIn')
  async myNeeds(@CurrentUser() user: AuthenticatedUser | undefined): Promise<Need[]> {
    const me = requireUser(user);
    return this.needs.views(await this.needs.mine(me), me);
  }

  @Query(() => [Need], { description: 'Staff: every need others can see, hidden ones too (not drafts), newest first' })
  @RequirePolicy('canOverseeNeeds')
  async staffNeeds(
    @Args('statuses', { type: () => [NeedStatus], nullable: true }) statuses: NeedStatus[] | null,
    @Args('ward', { type: () => String, nullable: true }) ward: string | null,
    @Args('unansweredOnly', { defaultValue: false }) unansweredOnly: boolean,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Need[]> {
    return this.needs.views(await this.needs.forStaff({ statuses, ward, unansweredOnly }), user);
  }

  @Mutation(() => Need, { description: 'A member of a group posts a need (publish=false keeps it as a draft)' })
  @RequirePolicy('isSignedIn')
  async postNeed(
    @Args('input') input: PostNeedInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Need> {
    const me = requireUser(user);
    return this.needs.view(await this.needs.post(me, input), me);
  }

  @Mutation(() => Need, { description: 'Changes what the need says (drafts are saved as the officer types)' })
  @RequirePolicy('isSignedIn')
  async updateNeed(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: NeedDraftFields,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Need> {
    const me = requireUser(user);
    return this.needs.view(await this.needs.update(me, id, input), me);
  }

  @Mutation(() => Need)
  @RequirePolicy('isSignedIn')
  async publishNeed(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Need> {
    const me = requireUser(user);
    return this.needs.view(await this.needs.publish(me, id), me);
  }

  @Mutation(() => Need, { description: 'The group closes the need: done (with a short report) or cancelled' })
  @RequirePolicy('isSignedIn')
  async closeNeed(
    @Args('id', { type: () => ID }) id: string,
    @Args('outcome', { type: () => NeedOutcome }) outcome: NeedOutcome,
    @Args('report', { type: () => String, nullable: true }) report: string | null,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Need> {
    const me = requireUser(user);
    return this.needs.view(await this.needs.close(me, id, outcome, report?.slice(0, 2000) ?? null), me);
  }

  @Mutation(() => Need, { description: 'Staff: hide an abusive post (or show it again)' })
  @RequirePolicy('canHideNeed')
  async hideNeed(
    @Args('id', { type: () => ID }) id: string,
    @Args('hidden', { defaultValue: true }) hidden: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Need> {
    const me = requireUser(user);
    return this.needs.view(await this.needs.setHidden(me, id, hidden, reason?.slice(0, 500) ?? null), me);
  }
}
