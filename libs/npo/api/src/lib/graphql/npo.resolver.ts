import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CurrentUser } from '@tsunagu/accounts/api';
import { notFound } from '@tsunagu/shared/api-core';
import { NpoSearchService } from '../search/npo-search.service';
import { Npo } from './npo.model';
import { NpoSearchResult } from './npo-search-result.model';
import { SearchHelpersInput, SearchNposInput } from './search-npos.input';
import { npoMessages } from '../npo.messages';

@Resolver(() => Npo)
export class NpoResolver {
  constructor(private readonly search: NpoSearchService) {}

  @Query(() => NpoSearchResult, {
    description: 'Search NPOs (Japanese-aware). By default only ACTIVE NPOs whose main office is in the city.',
  })
  searchNpos(@Args('input') input: SearchNposInput): Promise<NpoSearchResult> {
    return this.search.search(input);
  }

  @Query(() => NpoSearchResult, {
    description:
      'Search helpers of every kind (NPOs, companies, university groups, others) with the same analysis; ' +
      '`kinds` narrows it. By default only ACTIVE helpers in the city.',
  })
  searchHelpers(@Args('input') input: SearchHelpersInput): Promise<NpoSearchResult> {
    return this.search.search(input, input.kinds ?? []);
  }

  @Query(() => Npo)
  async npo(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<Npo> {
    return (await this.search.byId(id, user)) ?? Promise.reject(notFound(npoMessages.notFound));
  }

  @Query(() => Npo)
  async npoByCorporateNumber(@Args('corporateNumber') corporateNumber: string): Promise<Npo> {
    return (
      (await this.search.byCorporateNumber(corporateNumber)) ??
      Promise.reject(notFound(npoMessages.notFoundByCorporateNumber))
    );
  }
}
