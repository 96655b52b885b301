import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@tsunagu/accounts/api';
import { conceptIndexFields } from '@tsunagu/language/api';
import { MatchingService, type NeedText, type Reason } from '@tsunagu/matching/api';
import { NeedService } from '@tsunagu/needs/api';
import type { SupportScheme } from '../catalogue/support-scheme.model';
import type { SupportSchemeRow } from '../catalogue/support-scheme.repository';
import { SupportSchemeService, toSchemeModel } from '../catalogue/support-scheme.service';
import { type SchemeTopics, matchSchemes } from './scheme-matcher';

export interface SchemeSuggestion {
  readonly scheme: SupportScheme;
  readonly reasons: readonly Reason[];
}

/** A scheme's topics: those staff chose, and those its name, summary and search words name. */
export function schemeTopics(row: SupportSchemeRow): SchemeTopics {
  const found = conceptIndexFields([row.name, row.summary, row.keywords ?? ''].join('\n')).concepts;
  return { id: row.id, name: row.name, concepts: new Set(row.concepts), mentioned: new Set(found), fields: row.fields };
}

/**
 * The city's schemes for a need, read with the matching engine's own analysis of the need (its
 * weighted concepts), so that a scheme and an NPO are suggested for the same reasons.
 */
@Injectable()
export class SchemeMatchService {
  constructor(
    private readonly needs: NeedService,
    private readonly matching: MatchingService,
    private readonly schemes: SupportSchemeService,
  ) {}

  /** For whoever may see the need; a need they may not see is NOT_FOUND, as everywhere. */
  async forNeed(needId: string, user: AuthenticatedUser | undefined): Promise<SchemeSuggestion[]> {
    return this.forNeedText(await this.needs.find(needId, user));
  }

  /** For a need the caller has already been allowed to read (the assisted group's notice). */
  async forNeedText(need: NeedText): Promise<SchemeSuggestion[]> {
    const rows = await this.schemes.active();
    if (rows.length === 0) return [];
    const features = await this.matching.needFeatures(need);
    // The need's own fields (chosen, or suggested once when it was posted), never the engine's
    // fresh guess for a need without any: a guessed broad field would make any need fit.
    const fits = matchSchemes({ terms: features.terms, fields: need.fields }, rows.map(schemeTopics));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return fits.flatMap((fit) => {
      const row = byId.get(fit.schemeId);
      return row ? [{ scheme: toSchemeModel(row), reasons: fit.reasons }] : [];
    });
  }
}
