import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CurrentUser, RequirePolicy, requireUser } from '@tsunagu/accounts/api';
import { SaveSupportSchemeInput, SupportScheme } from './support-scheme.model';
import { SupportSchemeService } from './support-scheme.service';

@Resolver(() => SupportScheme)
export class SupportSchemeResolver {
  constructor(private readonly schemes: SupportSchemeService) {}

  @Query(() => [SupportScheme], { description: 'The city’s support schemes by name; retired ones for staff only' })
  supportSchemes(
    @Args('includeRetired', { type: () => Boolean, defaultValue: false }) includeRetired: boolean,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<SupportScheme[]> {
    return this.schemes.list(user, includeRetired);
  }

  @Query(() => SupportScheme, { description: 'One scheme (a retired one only for staff)' })
  supportScheme(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<SupportScheme> {
    return this.schemes.get(user, id);
  }

  @Mutation(() => SupportScheme, { description: 'Staff: adds a scheme (no id) or replaces one (audit-logged)' })
  @RequirePolicy('canManageSupportSchemes')
  saveSupportScheme(
    @Args('input') input: SaveSupportSchemeInput,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<SupportScheme> {
    return this.schemes.save(requireUser(user), input);
  }

  @Mutation(() => SupportScheme, { description: 'Staff: takes a scheme off the public page and the suggestions' })
  @RequirePolicy('canManageSupportSchemes')
  retireSupportScheme(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<SupportScheme> {
    return this.schemes.setActive(requireUser(user), id, false);
  }

  @Mutation(() => SupportScheme, { description: 'Staff: shows a retired scheme again' })
  @RequirePolicy('canManageSupportSchemes')
  restoreSupportScheme(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<SupportScheme> {
    return this.schemes.setActive(requireUser(user), id, true);
  }
}
