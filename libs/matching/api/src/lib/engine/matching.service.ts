import { Inject, Injectable } from '@nestjs/common';
import { type AuthenticatedUser, MembershipService, policies } from '@tsunagu/accounts/api';
import { JapaneseAnalyser } from '@tsunagu/language/api';
import { NeedInvitationRepository, NeedService, OfferRepository } from '@tsunagu/needs/api';
import { type HelperKind, type NpoEntity, NpoLookup } from '@tsunagu/npo/api';
import { APP_CONFIG, type AppConfig, forbiddenError, notFound } from '@tsunagu/shared/api-core';
import { suggestFields, todayInJapan } from '@tsunagu/shared/util';
import { matchingMessages } from '../matching.messages';
import { type NeedFeatures, type NpoFeatures, type ScoredMatch, scoreMatch, termRarity } from './match-scorer';
import { reasons } from './match-reasons';
import { needTerms } from './topic-profile';
import { NpoCandidates } from './npo-candidates';
import { TextRelevanceSearch } from './text-relevance';
import { type RankedNpo, rankHelpers } from './rank-helpers';

export type { RankedNpo };

export interface RankedNeed extends ScoredMatch {
  readonly needId: string;
}

/** A need as matching reads it. */
export interface NeedText {
  readonly title: string;
  readonly description: string;
  readonly fields: readonly number[];
  readonly ward: string;
  readonly helpKind: string;
}

const byScore = <T extends { score: number }>(a: T, b: T) => b.score - a.score;

/**
 * The matching engine: ranks NPOs for a need and open needs for an NPO by what they are about
 * (concepts and words of the civic thesaurus, found by Japanese morphological analysis), then
 * place, kind of help and signs of a living NPO (see match-scorer).
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly candidates: NpoCandidates,
    private readonly text: TextRelevanceSearch,
    private readonly analyser: JapaneseAnalyser,
    private readonly needs: NeedService,
    private readonly offers: OfferRepository,
    private readonly invitations: NeedInvitationRepository,
    private readonly npos: NpoLookup,
    private readonly memberships: MembershipService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A need's features: its analysed words and concepts, fields (suggested when none were chosen), ward, kind. */
  async needFeatures(need: NeedText): Promise<NeedFeatures> {
    await this.analyser.ready();
    return {
      fields: need.fields.length ? need.fields : suggestFields(`${need.title} ${need.description}`),
      ward: need.ward,
      helpKind: need.helpKind,
      terms: needTerms(this.analyser.analyse(need.title), this.analyser.analyse(need.description)),
    };
  }

  /** Helpers for a need (saved or not): the city's active helpers plus the few outside it that do the same. */
  async rankNpos(need: NeedFeatures, limit: number, kinds: readonly HelperKind[] = []): Promise<RankedNpo[]> {
    const [inCity, outsideIds] = await Promise.all([
      this.candidates.activeInCity(),
      this.text.outsideCity(need.terms, kinds),
    ]);
    return rankHelpers(need, inCity, await this.candidates.byIds(outsideIds), kinds, limit);
  }

  async matchNposForNeed(
    needId: string,
    user: AuthenticatedUser | undefined,
    limit: number,
    kinds: readonly HelperKind[] = [],
  ): Promise<RankedNpo[]> {
    const need = await this.needs.find(needId, user);
    return this.rankNpos(await this.needFeatures(need), limit, kinds);
  }

  /**
   * Open needs for an NPO, for its members and staff. Open needs are few (tens to hundreds),
   * so each is weighed against the NPO's own words; a need whose group invited the NPO comes first.
   */
  async recommendedNeedsForNpo(
    npoId: string,
    user: AuthenticatedUser | undefined,
    limit: number,
  ): Promise<RankedNeed[]> {
    const m = await this.memberships.load(user?.id);
    if (!policies.isStaff(user) && !policies.canActForNpo(user, m, npoId))
      throw forbiddenError(matchingMessages.notAllowed);
    const [[npo], pool] = await Promise.all([this.candidates.byIds([npoId]), this.candidates.activeInCity()]);
    if (!npo) throw notFound(matchingMessages.npoNotFound);
    const rarity = termRarity(pool);
    // Open needs (one definition, in needs) this NPO has no standing offer on.
    const [open, offered, invitedTo] = await Promise.all([
      this.needs.openNeeds(todayInJapan()),
      this.offers.needIdsOfferedBy(npoId),
      this.invitations.needIdsInviting(npoId),
    ]);
    const ranked: RankedNeed[] = [];
    for (const { need } of open) {
      if (offered.has(need.id)) continue;
      const row = { id: need.id, invited: invitedTo.has(need.id) };
      const match = scoreMatch(await this.needFeatures(need), npo, rarity);
      if (!match && !row.invited) continue;
      const base = match ?? { score: 0, reasons: [] };
      ranked.push({
        needId: row.id,
        score: row.invited ? base.score + 1 : base.score,
        reasons: row.invited ? [reasons.invited(), ...base.reasons] : base.reasons,
      });
    }
    return ranked.sort(byScore).slice(0, limit);
  }

  /**
   * NPOs ranked by how well they could answer the community groups' open needs (for marché
   * invitations): each NPO's best three matches summed, with the needs it fits as reasons.
   */
  async rankNposForOpenNeeds(
    exclude: ReadonlySet<string>,
    limit: number,
  ): Promise<Array<RankedNpo & { needIds: string[] }>> {
    const needs = await Promise.all(
      (await this.needs.openNeeds(todayInJapan())).map(async ({ need, groupName }) => ({
        row: { id: need.id, title: need.title, group_name: groupName },
        features: await this.needFeatures(need),
      })),
    );
    const pool = await this.candidates.activeInCity();
    const rarity = termRarity(pool);
    const ranked: Array<RankedNpo & { needIds: string[] }> = [];
    for (const npo of pool) {
      if (exclude.has(npo.id)) continue;
      const fits = needs
        .flatMap(({ row, features }) => {
          const match = scoreMatch(features, npo, rarity);
          return match ? [{ row, match }] : [];
        })
        .sort((a, b) => b.match.score - a.match.score)
        .slice(0, 3);
      if (fits.length === 0) continue;
      ranked.push({
        npoId: npo.id,
        score: Math.round(fits.reduce((sum, f) => sum + f.match.score, 0) * 1000) / 1000,
        reasons: fits.map((f) => reasons.fitsNeed(f.row.title, f.row.group_name, f.match.reasons.slice(0, 2))),
        needIds: fits.map((f) => f.row.id),
      });
    }
    return ranked.sort(byScore).slice(0, limit);
  }

  /** Entities for ranked ids, in rank order. */
  async npoEntities(ids: readonly string[]): Promise<Map<string, NpoEntity>> {
    return this.npos.byIds(ids);
  }

  get cityName(): string {
    return this.config.cityName;
  }

  /** For the benchmark and evaluation: the features of an NPO as the engine sees them. */
  npoFeatures(ids: readonly string[]): Promise<NpoFeatures[]> {
    return this.candidates.byIds(ids);
  }
}
