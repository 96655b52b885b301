import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import { Need } from '@tsunagu/needs/api';
import { PublishStoryInput, StoriesArgs, Story, StorySideKind } from './story.model';
import { StoryService } from './story.service';

@Resolver(() => Story)
export class StoryResolver {
  constructor(private readonly service: StoryService) {}

  @Query(() => [Story], { description: 'Published good examples, newest first, optionally those containing the words' })
  stories(@Args() args: StoriesArgs, @CurrentUser() user: AuthenticatedUser | undefined): Promise<Story[]> {
    return this.service.published(user, args.query, args.first);
  }

  @Query(() => Story, { description: 'A published good example; before that only its two parties and staff see it' })
  story(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Story> {
    return this.service.get(user, id);
  }

  @Query(() => [Story], { description: 'A helper’s published good examples, for its page' })
  storiesOfHelper(
    @Args('helperId', { type: () => ID }) helperId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Story[]> {
    return this.service.ofHelper(user, helperId);
  }

  @Query(() => [Story], { description: 'Staff: good examples both parties consented to, waiting for a decision' })
  @RequirePolicy('canModerateStories')
  storiesToModerate(@CurrentUser() user: AuthenticatedUser | undefined): Promise<Story[]> {
    return this.service.toModerate(requireUser(user));
  }

  @Mutation(() => Story, {
    description: 'The group or the helper of a finished need writes its side of the good example, with its consent',
  })
  @RequirePolicy('isSignedIn')
  publishStory(
    @Args('needId', { type: () => ID }) needId: string,
    @Args('input') input: PublishStoryInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Story> {
    return this.service.write(requireUser(user), needId, input);
  }

  @Mutation(() => Story, {
    description:
      'Staff: publishes a good example, or refuses it (or takes a published one down) with a reason the parties read',
  })
  @RequirePolicy('canModerateStories')
  moderateStory(
    @Args('id', { type: () => ID }) id: string,
    @Args('publish', { type: () => Boolean }) publish: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Story> {
    return this.service.moderate(requireUser(user), id, publish, reason);
  }
}

/** A need's page shows its good example and, to its two parties once it is done, the form for their side. */
@Resolver(() => Need)
export class NeedStoryResolver {
  constructor(private readonly service: StoryService) {}

  @ResolveField(() => Story, { nullable: true, description: 'its good example, if the caller may read it' })
  story(@Parent() need: Need, @CurrentUser() user: AuthenticatedUser | undefined): Promise<Story | null> {
    return this.service.forNeed(need.id, user);
  }

  @ResolveField(() => StorySideKind, {
    nullable: true,
    description: 'the side of its good example the caller may write (a finished need with a helper only)',
  })
  viewerStorySide(
    @Parent() need: Need,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<StorySideKind | null> {
    return this.service.sideForNeed({ id: need.id, groupId: need.group.id, status: need.status }, user);
  }
}
