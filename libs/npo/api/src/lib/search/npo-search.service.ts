import { Inject, Injectable, Logger } from '@nestjs/common';
import type { MultiSearchQuery, SearchResponse } from 'meilisearch';
import { type ConceptQuery, JapaneseAnalyser, conceptQuery } from '@tsunagu/language/api';
import { normalizeText } from '@tsunagu/npo/open-data';
import { SearchEngineService, filterString, isIndexNotFound } from '@tsunagu/search/api';
import { APP_CONFIG, type AppConfig, serviceUnavailable } from '@tsunagu/shared/api-core';
import { type AuthenticatedUser, MembershipService, policies } from '@tsunagu/accounts/api';
import { NpoRepository } from '../directory/npo.repository';
import type { NpoEntity } from '../entities/npo.entity';
import { HelperKind, type Npo } from '../graphql/npo.model';
import { type FacetCount, type NpoSearchResult, type SearchHighlight } from '../graphql/npo-search-result.model';
import { NpoSort, type SearchNposInput } from '../graphql/search-npos.input';
import { certificationInForce, toNpoModel } from '../npo.mapper';
import { NPO_INDEX } from './npo-search-index';
import { conceptHighlights } from './concept-highlights';
import { npoMessages } from '../npo.messages';

const HIGHLIGHTED = ['name', 'nameKana', 'purpose', 'programmes'] as const;
const CROPPED = new Set(['purpose', 'programmes']);
const ALL_KINDS: readonly HelperKind[] = Object.values(HelperKind);
const NPO_ONLY: readonly HelperKind[] = [HelperKind.NPO];
const UNVERIFIED: readonly string[] = ['PENDING_REVIEW', 'REFUSED'];

/**
 * The kind filter. Written as "not the other kinds" when NPOs are wanted, so a document indexed
 * before helpers had a kind (an NPO, waiting in the outbox to be indexed again) is still found.
 */
export function kindFilter(kinds: readonly HelperKind[]): string | null {
  const wanted = new Set(kinds.length ? kinds : ALL_KINDS);
  if (wanted.size === ALL_KINDS.length) return null;
  if (!wanted.has(HelperKind.NPO)) return `kind IN [${[...wanted].map(filterString).join(', ')}]`;
  const others = ALL_KINDS.filter((k) => !wanted.has(k));
  return `NOT kind IN [${others.map(filterString).join(', ')}]`;
}

const SORT: Record<NpoSort, string[] | undefined> = {
  [NpoSort.RELEVANCE]: undefined,
  [NpoSort.NAME_KANA]: ['nameKana:asc'],
  [NpoSort.ESTABLISHED_DESC]: ['establishedOn:desc'],
};

/**
 * `searchNpos` and `searchHelpers` (the same search over helpers of the kinds asked; searchNpos
 * asks for NPOs only): Meilisearch finds and counts, PostgreSQL (the record) supplies the NPOs shown.
 * Facet counts are disjunctive: the ward chips count as if no ward were chosen (same for fields),
 * so a resident sees how many NPOs each extra chip would add. One multi-search round trip.
 */
@Injectable()
export class NpoSearchService {
  private readonly logger = new Logger(NpoSearchService.name);

  constructor(
    private readonly engine: SearchEngineService,
    private readonly npos: NpoRepository,
    private readonly memberships: MembershipService,
    private readonly analyser: JapaneseAnalyser,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The Meilisearch queries for an input (exported for the benchmark's direct reference). */
  buildQueries(
    input: SearchNposInput,
    // Topics are read as concepts of the civic thesaurus (see conceptQuery).
    { q, concepts }: ConceptQuery = conceptQuery(this.analyser, normalizeText(input.query ?? '')),
    kinds: readonly HelperKind[] = NPO_ONLY,
  ): MultiSearchQuery[] {
    const base: string[] = concepts.map((id) => `concepts = ${filterString(id)}`);
    const byKind = kindFilter(kinds);
    if (byKind) base.push(byKind);
    // Helpers staff have not verified (or refused) are never searched, inactive ones included.
    base.push(
      input.includeInactive ? `NOT status IN [${UNVERIFIED.map(filterString).join(', ')}]` : 'status = "ACTIVE"',
    );
    if (!input.includeOutsideCity) base.push('inCity = true');
    if (input.certifiedOnly) base.push('certified = true');
    const wardFilter = input.wards?.length ? `ward IN [${input.wards.map(filterString).join(', ')}]` : null;
    const fieldFilter = input.fields?.length ? `fields IN [${input.fields.join(', ')}]` : null;
    const filter = (...extra: Array<string | null>) => [...base, ...extra].filter(Boolean).join(' AND ') || undefined;
    const indexUid = this.engine.indexUid(NPO_INDEX);
    const common = { indexUid, q, locales: ['jpn'] };
    return [
      {
        ...common,
        filter: filter(wardFilter, fieldFilter),
        sort: SORT[input.sort],
        offset: (input.page - 1) * input.pageSize,
        limit: input.pageSize,
        attributesToRetrieve: ['id'],
        attributesToHighlight: [...HIGHLIGHTED],
        attributesToCrop: ['purpose', 'programmes'],
        cropLength: 40,
        highlightPreTag: '<mark>',
        highlightPostTag: '</mark>',
      },
      { ...common, filter: filter(fieldFilter), facets: ['ward'], limit: 0 },
      { ...common, filter: filter(wardFilter), facets: ['fields'], limit: 0 },
    ];
  }

  async search(input: SearchNposInput, kinds: readonly HelperKind[] = NPO_ONLY): Promise<NpoSearchResult> {
    await this.analyser.ready();
    // Read once: the queries and the highlights use the same reading of the words.
    const read = conceptQuery(this.analyser, normalizeText(input.query ?? ''));
    let results: SearchResponse<Record<string, unknown>>[];
    try {
      ({ results } = (await this.engine.client.multiSearch({ queries: this.buildQueries(input, read, kinds) })) as {
        results: SearchResponse<Record<string, unknown>>[];
      });
    } catch (error) {
      // Reachable, but nothing was ever indexed yet (a fresh install before its first import).
      if (isIndexNotFound(error)) {
        return { total: 0, page: input.page, pageSize: input.pageSize, hits: [], facets: { wards: [], fields: [] } };
      }
      this.logger.warn(`search failed: ${(error as Error).message}`);
      throw serviceUnavailable(npoMessages.searchUnavailable, 'meilisearch');
    }
    const [main, wardFacets, fieldFacets] = results;
    const ids = main.hits.map((hit) => String(hit['id']));
    // The page's NPOs and which of them a member looks after (accounts knows that), side by side.
    const [rows, claimed] = await Promise.all([this.npos.findByIds(ids), this.memberships.npoIdsWithMembers(ids)]);
    // The record decides, not a lagging index: a row that no longer fits the filters asked
    // (dissolved, moved out of the city, certification lapsed since it was indexed) is dropped.
    const byId = new Map(
      rows
        .filter((row) => this.stillMatches(row, input, kinds))
        .map((row) => [row.id, toNpoModel(row, this.config.cityName, claimed.has(row.id))]),
    );
    const { concepts } = read;
    const rowById = new Map(rows.map((row) => [row.id, row]));
    const hits = main.hits.flatMap((hit) => {
      const npo = byId.get(String(hit['id']));
      if (!npo) return [];
      const found = highlightsOf(hit['_formatted'] as Record<string, unknown> | undefined);
      const row = rowById.get(npo.id);
      const marked =
        row && concepts.length
          ? conceptHighlights(
              HIGHLIGHTED.filter((f) => !found.some((h) => h.field === f)).map((f) => [f, row[f]] as const),
              concepts,
              CROPPED,
            )
          : [];
      return [{ npo, highlights: [...found, ...marked] }];
    });
    const engineTotal = main.estimatedTotalHits ?? main.totalHits ?? hits.length;
    return {
      // what this page dropped is not counted (facet counts stay the engine's)
      total: Math.max(engineTotal - (main.hits.length - hits.length), hits.length),
      page: input.page,
      pageSize: input.pageSize,
      hits,
      facets: {
        wards: facetCounts(wardFacets.facetDistribution?.['ward']),
        fields: facetCounts(fieldFacets.facetDistribution?.['fields']).sort(
          (a, b) => Number(a.value) - Number(b.value),
        ),
      },
    };
  }

  private stillMatches(row: NpoEntity, input: SearchNposInput, kinds: readonly HelperKind[]): boolean {
    if (kinds.length && !kinds.includes(row.kind as HelperKind)) return false;
    if (UNVERIFIED.includes(row.status)) return false;
    if (!input.includeInactive && row.status !== 'ACTIVE') return false;
    if (!input.includeOutsideCity && row.city !== this.config.cityName) return false;
    if (input.certifiedOnly && !certificationInForce(row)) return false;
    if (input.wards?.length && !input.wards.includes(row.ward ?? '')) return false;
    if (input.fields?.length && !input.fields.some((f) => row.fields.includes(f))) return false;
    return true;
  }

  /**
   * One helper as this caller may see it: a helper staff have not verified (or refused) is there
   * only for staff and its own members; for everyone else it does not exist.
   */
  async byId(id: string, user: AuthenticatedUser | undefined): Promise<Npo | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const row = await this.npos.findById(id);
    if (!row || !policies.canSeeHelper(user, await this.memberships.load(user?.id), row)) return null;
    return toNpoModel(row, this.config.cityName, await this.memberships.npoHasMembers(row.id));
  }

  async byCorporateNumber(corporateNumber: string): Promise<Npo | null> {
    const row = await this.npos.findByCorporateNumber(normalizeText(corporateNumber));
    return row ? toNpoModel(row, this.config.cityName, await this.memberships.npoHasMembers(row.id)) : null;
  }
}

function facetCounts(distribution: Record<string, number> | undefined): FacetCount[] {
  return Object.entries(distribution ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count);
}

function highlightsOf(formatted: Record<string, unknown> | undefined): SearchHighlight[] {
  if (!formatted) return [];
  return HIGHLIGHTED.flatMap((field) => {
    const snippet = formatted[field];
    return typeof snippet === 'string' && snippet.includes('<mark>') ? [{ field, snippet }] : [];
  });
}
