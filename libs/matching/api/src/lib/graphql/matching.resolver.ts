import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { type AuthenticatedUser, CurrentUser, PeopleDirectory, RequirePolicy } from '@tsunagu/accounts/api';
import { NeedService } from '@tsunagu/needs/api';
import { HelperKind, toNpoModel } from '@tsunagu/npo/api';
import { currentLanguage } from '@tsunagu/shared/api-core';
import { inLanguage } from '../engine/match-reasons';
import { MatchingService } from '../engine/matching.service';
import { NeedMatch, NpoMatch } from './match.model';

const clamp = (limit: number) => Math.min(Math.max(limit, 1), 50);

@Resolver()
export class MatchingResolver {
  constructor(
    private readonly matching: MatchingService,
    private readonly needs: NeedService,
    private readonly people: PeopleDirectory,
  ) {}

  @Query(() => [NpoMatch], {
    description:
      'Helpers (NPOs, companies, university groups…) that could help with this need, best first, with reasons',
  })
  async matchNposForNeed(
    @Args('needId', { type: () => ID }) needId: string,
    @Args('limit', { type: () => Int, defaultValue: 10 }) limit: number,
    @Args('kinds', {
      type: () => [HelperKind],
      nullable: true,
      description: 'kinds of helper to suggest (any of them); none given: every kind',
    })
    kinds: HelperKind[] | null | undefined,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<NpoMatch[]> {
    const ranked = await this.matching.matchNposForNeed(needId, user, clamp(limit), kinds ?? []);
    const entities = await this.matching.npoEntities(ranked.map((r) => r.npoId));
    const claimed = await this.people.claimedNpoIds(ranked.map((r) => r.npoId));
    return ranked.flatMap((r) => {
      const entity = entities.get(r.npoId);
      return entity
        ? [
            {
              npo: toNpoModel(entity, this.matching.cityName, claimed.has(r.npoId)),
              score: r.score,
              reasons: inLanguage(r.reasons, currentLanguage()),
            },
          ]
        : [];
    });
  }

  @Query(() => [NeedMatch], { description: 'Open needs this NPO could help with (its members and staff)' })
  @RequirePolicy('isSignedIn')
  async recommendedNeedsForNpo(
    @Args('npoId', { type: () => ID }) npoId: string,
    @Args('limit', { type: () => Int, defaultValue: 10 }) limit: number,
    @CurrentUser() user: AuthenticatedUser | undefined,
  ): Promise<NeedMatch[]> {
    const ranked = await this.matching.recommendedNeedsForNpo(npoId, user, clamp(limit));
    const rows = await this.needs.byIds(ranked.map((r) => r.needId));
    const views = new Map((await this.needs.views(rows, user)).map((v) => [v.id, v]));
    return ranked.flatMap((r) => {
      const need = views.get(r.needId);
      return need ? [{ need, score: r.score, reasons: inLanguage(r.reasons, currentLanguage()) }] : [];
    });
  }
}
