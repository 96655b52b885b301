import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CurrentUser } from '@tsunagu/accounts/api';
import { inLanguage } from '@tsunagu/matching/api';
import { currentLanguage } from '@tsunagu/shared/api-core';
import { SchemeMatch } from './scheme-match.model';
import { SchemeMatchService } from './scheme-match.service';

@Resolver(() => SchemeMatch)
export class SchemeMatchResolver {
  constructor(private readonly matches: SchemeMatchService) {}

  @Query(() => [SchemeMatch], {
    description: 'The city’s support schemes that fit this need (at most 3, best first), for whoever may see the need',
  })
  async matchSchemesForNeed(
    @Args('needId', { type: () => ID }) needId: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<SchemeMatch[]> {
    const language = currentLanguage();
    return (await this.matches.forNeed(needId, user)).map((s) => ({
      scheme: s.scheme,
      reasons: inLanguage(s.reasons, language),
    }));
  }
}
