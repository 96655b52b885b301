import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { type AuthenticatedUser, MembershipService, forbidden, policies } from '@tsunagu/accounts/api';
import { NeedEntity, NeedService } from '@tsunagu/needs/api';
import { todayInJapan } from '@tsunagu/shared/util';
import { NpoEntity } from '@tsunagu/npo/api';
import { APP_CONFIG, type AppConfig, notFound } from '@tsunagu/shared/api-core';
import { suggestFields } from '@tsunagu/shared/util';
import { type NeedFeatures, type NpoFeatures, type ScoredMatch, plainTextMatch, scoreMatch } from './match-scorer';
import { charPairs, pairFrequencies, pairOverlap } from './char-bigrams';
import { searchTermsOf, textCoverage, textMentions } from './need-terms';
import { NpoCandidates } from './npo-candidates';
import { TextRelevanceSearch } from './text-relevance';

export interface RankedNpo extends ScoredMatch {
  readonly npoId: string;
}

export interface RankedNeed extends ScoredMatch {
  readonly needId: string;
}

/** A need as matching reads it: its words, fields (suggested when none were chosen), ward, kind. */
export function needFeatures(need: {
  title: string;
  description: string;
  fields: readonly number[];
  ward: string;
  helpKind: string;
}): NeedFeatures {
  return {
    fields: need.fields.length ? need.fields : suggestFields(`${need.title} ${need.description}`),
    ward: need.ward,
    helpKind: need.helpKind,
    terms: searchTermsOf(need.title, need.description),
    pairs: charPairs(`${need.title} ${need.description}`),
  };
}

/**
 * Words of the vocabulary are the strong signal; shared character pairs catch what the
 * vocabulary does not know (野菜作り ↔ 野菜づくり), at a lower weight.
 */
export const PAIR_SHARE = 0.3;
export function blendText(terms: number, pairs: number): number {
  return (1 - PAIR_SHARE) * terms + PAIR_SHARE * pairs;
}

const byScore = <T extends { score: number }>(a: T, b: T) => b.score - a.score;

/**
 * The matching engine: ranks NPOs for a need and open needs for an NPO by activity fields,
 * text relevance, place, kind of help and signs of a living NPO (see match-scorer).
 */
@Injectable()
export class MatchingService {
  private readonly logger = new Logger(MatchingService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly candidates: NpoCandidates,
    private readonly text: TextRelevanceSearch,
    private readonly needs: NeedService,
    private readonly memberships: MembershipService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** NPOs for a need (saved or not): the city's active NPOs plus what the words found outside. */
  async rankNpos(need: NeedFeatures, limit: number): Promise<RankedNpo[]> {
    const [inCity, hits] = await Promise.all([this.candidates.activeInCity(), this.text.forTerms(need.terms)]);
    const outside = await this.candidates.byIds(hits.outsideCity);
    const candidates = [...inCity, ...outside];
    // A word matches an NPO when Meilisearch found it there or the NPO's own text says it.
    const matchedBy = new Map(
      need.terms.map((term) => {
        const ids = new Set(hits.inCity.get(term.text));
        for (const npo of candidates) if (textMentions(npo.text, term.text)) ids.add(npo.id);
        return [term.text, ids] as const;
      }),
    );
    const df = pairFrequencies(candidates.map((c) => c.pairs));
    const ranked: RankedNpo[] = [];
    for (const npo of candidates) {
      const terms = textCoverage(need.terms, matchedBy, candidates.length, npo.id);
      const pairs = pairOverlap(need.pairs, npo.pairs, df, candidates.length);
      const match = scoreMatch(need, npo, {
        score: blendText(terms.score, pairs),
        matched: terms.matched,
        sharedPairs: [...need.pairs]
          .filter((p) => npo.pairs.has(p))
          .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0)),
      });
      if (match) ranked.push({ npoId: npo.id, ...match });
    }
    return ranked.sort(byScore).slice(0, limit);
  }

  async matchNposForNeed(needId: string, user: AuthenticatedUser | undefined, limit: number): Promise<RankedNpo[]> {
    const need = await this.needs.find(needId, user);
    return this.rankNpos(needFeatures(need), limit);
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
    if (!policies.isStaff(user) && !policies.canActForNpo(user, m, npoId)) throw forbidden();
    const [npo] = await this.candidates.byIds([npoId]);
    if (!npo) throw notFound('そのNPOは見つかりません。 / NPO not found.');
    const open = await this.dataSource.getRepository(NeedEntity).query(
      `SELECT n.id, n.title, n.description, n.fields, n.ward, n.help_kind,
              EXISTS (SELECT 1 FROM need_invitation i WHERE i.need_id = n.id AND i.npo_id = $1) AS invited
         FROM need n JOIN community_group g ON g.id = n.group_id
        WHERE n.status = 'PUBLISHED' AND n.hidden_at IS NULL AND g.status = 'VERIFIED'
          AND (n.deadline IS NULL OR n.deadline >= $2)
          AND NOT EXISTS (SELECT 1 FROM offer o WHERE o.need_id = n.id AND o.npo_id = $1 AND o.status <> 'WITHDRAWN')`,
      [npoId, todayInJapan()],
    );
    const ranked: RankedNeed[] = [];
    for (const row of open as Array<{
      id: string;
      title: string;
      description: string;
      fields: number[];
      ward: string;
      help_kind: string;
      invited: boolean;
    }>) {
      const features = needFeatures({
        title: row.title,
        description: row.description,
        fields: row.fields,
        ward: row.ward,
        helpKind: row.help_kind,
      });
      const match = scoreMatch(features, npo, plainTextMatch(features, npo));
      if (!match && !row.invited) continue;
      const base = match ?? { score: 0, reasons: [] };
      ranked.push({
        needId: row.id,
        score: row.invited ? base.score + 1 : base.score,
        reasons: row.invited ? ['団体からお誘いがありました', ...base.reasons] : base.reasons,
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
    const open: Array<{
      id: string;
      title: string;
      description: string;
      fields: number[];
      ward: string;
      help_kind: string;
      group_name: string;
    }> = await this.dataSource.query(
      `SELECT n.id, n.title, n.description, n.fields, n.ward, n.help_kind, g.name AS group_name
           FROM need n JOIN community_group g ON g.id = n.group_id
          WHERE n.status = 'PUBLISHED' AND n.hidden_at IS NULL AND g.status = 'VERIFIED'
            AND (n.deadline IS NULL OR n.deadline >= $1)`,
      [todayInJapan()],
    );
    const needs = open.map((row) => ({
      row,
      features: needFeatures({
        title: row.title,
        description: row.description,
        fields: row.fields,
        ward: row.ward,
        helpKind: row.help_kind,
      }),
    }));
    const ranked: Array<RankedNpo & { needIds: string[] }> = [];
    for (const npo of await this.candidates.activeInCity()) {
      if (exclude.has(npo.id)) continue;
      const fits = needs
        .flatMap(({ row, features }) => {
          const match = scoreMatch(features, npo, plainTextMatch(features, npo));
          return match ? [{ row, match }] : [];
        })
        .sort((a, b) => b.match.score - a.match.score)
        .slice(0, 3);
      if (fits.length === 0) continue;
      ranked.push({
        npoId: npo.id,
        score: Math.round(fits.reduce((sum, f) => sum + f.match.score, 0) * 1000) / 1000,
        reasons: fits.map(
          (f) => `「${f.row.title}」（${f.row.group_name}）に合う：${f.match.reasons.slice(0, 2).join('、')}`,
        ),
        needIds: fits.map((f) => f.row.id),
      });
    }
    return ranked.sort(byScore).slice(0, limit);
  }

  /** Entities for ranked ids, in rank order. */
  async npoEntities(ids: readonly string[]): Promise<Map<string, NpoEntity>> {
    const rows = ids.length ? await this.dataSource.getRepository(NpoEntity).findBy({ id: In([...ids]) }) : [];
    return new Map(rows.map((r) => [r.id, r]));
  }

  get cityName(): string {
    return this.config.cityName;
  }

  /** For the benchmark and evaluation: the features of an NPO as the engine sees them. */
  npoFeatures(ids: readonly string[]): Promise<NpoFeatures[]> {
    return this.candidates.byIds(ids);
  }
}
