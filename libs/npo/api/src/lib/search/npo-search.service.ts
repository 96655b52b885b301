import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { MultiSearchQuery, SearchResponse } from 'meilisearch';
import type { Repository } from 'typeorm';
import { normalizeText } from '@tsunagu/npo/open-data';
import { SearchEngineService, filterString, isIndexNotFound } from '@tsunagu/search/api';
import { APP_CONFIG, type AppConfig, serviceUnavailable } from '@tsunagu/shared/api-core';
import { NpoEntity } from '../entities/npo.entity';
import type { Npo } from '../graphql/npo.model';
import { type FacetCount, type NpoSearchResult, type SearchHighlight } from '../graphql/npo-search-result.model';
import { NpoSort, type SearchNposInput } from '../graphql/search-npos.input';
import { certificationInForce, toNpoModel } from '../npo.mapper';
import { NPO_INDEX } from './npo-search-index';

const HIGHLIGHTED = ['name', 'nameKana', 'purpose', 'programmes'] as const;
const SORT: Record<NpoSort, string[] | undefined> = {
  [NpoSort.RELEVANCE]: undefined,
  [NpoSort.NAME_KANA]: ['nameKana:asc'],
  [NpoSort.ESTABLISHED_DESC]: ['establishedOn:desc'],
};

/**
 * `searchNpos`: Meilisearch finds and counts, PostgreSQL (the record) supplies the NPOs shown.
 * Facet counts are disjunctive: the ward chips count as if no ward were chosen (same for fields),
 * so a resident sees how many NPOs each extra chip would add. One multi-search round trip.
 */
@Injectable()
export class NpoSearchService {
  private readonly logger = new Logger(NpoSearchService.name);

  constructor(
    private readonly engine: SearchEngineService,
    @InjectRepository(NpoEntity) private readonly npos: Repository<NpoEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The Meilisearch queries for an input (exported for the benchmark's direct reference). */
  buildQueries(input: SearchNposInput): MultiSearchQuery[] {
    const q = normalizeText(input.query ?? '');
    const base: string[] = [];
    if (!input.includeInactive) base.push('status = "ACTIVE"');
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

  async search(input: SearchNposInput): Promise<NpoSearchResult> {
    let results: SearchResponse<Record<string, unknown>>[];
    try {
      ({ results } = (await this.engine.client.multiSearch({ queries: this.buildQueries(input) })) as {
        results: SearchResponse<Record<string, unknown>>[];
      });
    } catch (error) {
      // Reachable, but nothing was ever indexed yet (a fresh install before its first import).
      if (isIndexNotFound(error)) {
        return { total: 0, page: input.page, pageSize: input.pageSize, hits: [], facets: { wards: [], fields: [] } };
      }
      this.logger.warn(`search failed: ${(error as Error).message}`);
      throw serviceUnavailable(
        '検索が一時的に使えません。しばらくしてから、もう一度お試しください。 / Search is temporarily unavailable.',
        'meilisearch',
      );
    }
    const [main, wardFacets, fieldFacets] = results;
    const ids = main.hits.map((hit) => String(hit['id']));
    // One round trip for the page: the NPOs and which of them a member looks after.
    const rows = ids.length
      ? await this.npos
          .createQueryBuilder('npo')
          .addSelect('EXISTS (SELECT 1 FROM npo_member m WHERE m.npo_id = npo.id)', 'claimed')
          .where('npo.id IN (:...ids)', { ids })
          .getRawAndEntities()
      : { entities: [], raw: [] };
    const claimed = new Set(
      rows.raw.filter((r: { claimed: boolean }) => r.claimed).map((r: { npo_id: string }) => r.npo_id),
    );
    // The record decides, not a lagging index: a row that no longer fits the filters asked
    // (dissolved, moved out of the city, certification lapsed since it was indexed) is dropped.
    const byId = new Map(
      rows.entities
        .filter((row) => this.stillMatches(row, input))
        .map((row) => [row.id, toNpoModel(row, this.config.cityName, claimed.has(row.id))]),
    );
    const hits = main.hits.flatMap((hit) => {
      const npo = byId.get(String(hit['id']));
      return npo ? [{ npo, highlights: highlightsOf(hit['_formatted'] as Record<string, unknown> | undefined) }] : [];
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

  private stillMatches(row: NpoEntity, input: SearchNposInput): boolean {
    if (!input.includeInactive && row.status !== 'ACTIVE') return false;
    if (!input.includeOutsideCity && row.city !== this.config.cityName) return false;
    if (input.certifiedOnly && !certificationInForce(row)) return false;
    if (input.wards?.length && !input.wards.includes(row.ward ?? '')) return false;
    if (input.fields?.length && !input.fields.some((f) => row.fields.includes(f))) return false;
    return true;
  }

  async byId(id: string): Promise<Npo | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const row = await this.npos.findOne({ where: { id } });
    return row ? toNpoModel(row, this.config.cityName, (await this.claimedAmong([row.id])).has(row.id)) : null;
  }

  async byCorporateNumber(corporateNumber: string): Promise<Npo | null> {
    const row = await this.npos.findOne({ where: { corporateNumber: normalizeText(corporateNumber) } });
    return row ? toNpoModel(row, this.config.cityName, (await this.claimedAmong([row.id])).has(row.id)) : null;
  }

  /** NPOs among these that a member looks after (one query for a whole result page). */
  private async claimedAmong(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: Array<{ npo_id: string }> = await this.npos.query(
      `SELECT DISTINCT npo_id FROM npo_member WHERE npo_id = ANY($1::uuid[])`,
      [ids],
    );
    return new Set(rows.map((r) => r.npo_id));
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
