import { Injectable } from '@nestjs/common';
import type { MultiSearchQuery, SearchResponse } from 'meilisearch';
import { type HelperKind, NPO_INDEX, kindFilter } from '@tsunagu/npo/api';
import { SearchEngineService } from '@tsunagu/search/api';
import type { NeedTerm } from './topic-profile';

const OUTSIDE_CITY = 5;

/**
 * The city's own NPOs are all weighed in memory (a few hundred); Meilisearch finds the few
 * outside the city whose index entry holds the need's main concept (the lowest place tier,
 * still worth a look when nobody in the city does it).
 */
@Injectable()
export class TextRelevanceSearch {
  constructor(private readonly engine: SearchEngineService) {}

  /** The query for a need's terms (exported for the benchmark's direct reference). */
  buildQueries(terms: readonly NeedTerm[], kinds: readonly HelperKind[] = []): MultiSearchQuery[] {
    const main = terms.find((t) => t.kind === 'concept') ?? terms[0];
    if (!main) return [];
    const indexUid = this.engine.indexUid(NPO_INDEX);
    const base = ['status = "ACTIVE" AND inCity = false', kindFilter(kinds)].filter(Boolean).join(' AND ');
    return [
      main.kind === 'concept'
        ? {
            indexUid,
            q: '',
            filter: `${base} AND concepts = "${main.key}"`,
            limit: OUTSIDE_CITY,
            attributesToRetrieve: ['id'],
          }
        : {
            indexUid,
            q: main.text,
            filter: base,
            matchingStrategy: 'all',
            limit: OUTSIDE_CITY,
            attributesToRetrieve: ['id'],
            locales: ['jpn'],
          },
    ];
  }

  /** Helpers outside the city of the kinds asked (none: every kind). */
  async outsideCity(terms: readonly NeedTerm[], kinds: readonly HelperKind[] = []): Promise<string[]> {
    const queries = this.buildQueries(terms, kinds);
    if (queries.length === 0) return [];
    const { results } = (await this.engine.client.multiSearch({ queries })) as {
      results: SearchResponse<Record<string, unknown>>[];
    };
    return results[0].hits.map((hit) => String(hit['id']));
  }
}
