import { Injectable } from '@nestjs/common';
import type { MultiSearchQuery, SearchResponse } from 'meilisearch';
import { NPO_INDEX } from '@tsunagu/npo/api';
import { SearchEngineService } from '@tsunagu/search/api';
import type { SearchTerm } from './need-terms';

const PER_TERM = 200;
const OUTSIDE_CITY = 5;

export interface TermHits {
  /** term → ids of the city's active NPOs Meilisearch found for it */
  readonly inCity: ReadonlyMap<string, ReadonlySet<string>>;
  /** NPOs outside the city that the first word found (lowest place tier, still worth a look) */
  readonly outsideCity: readonly string[];
}

/**
 * Meilisearch on the need's words, with the index's Japanese segmentation and synonyms: one
 * query per word, all in one multi-search round trip.
 */
@Injectable()
export class TextRelevanceSearch {
  constructor(private readonly engine: SearchEngineService) {}

  /** The multi-search for a need's words (exported for the benchmark's direct reference). */
  buildQueries(terms: readonly SearchTerm[]): MultiSearchQuery[] {
    const indexUid = this.engine.indexUid(NPO_INDEX);
    const queries: MultiSearchQuery[] = terms.map((term) => ({
      indexUid,
      q: term.text,
      filter: 'status = "ACTIVE" AND inCity = true',
      // A known word must match whole; a word cut from the text may match in part (防災訓練 → 防災).
      matchingStrategy: term.known ? 'all' : 'last',
      limit: PER_TERM,
      attributesToRetrieve: ['id'],
      locales: ['jpn'],
    }));
    queries.push({
      indexUid,
      q: terms[0].text,
      filter: 'status = "ACTIVE" AND inCity = false',
      matchingStrategy: 'all',
      limit: OUTSIDE_CITY,
      attributesToRetrieve: ['id'],
      locales: ['jpn'],
    });
    return queries;
  }

  async forTerms(terms: readonly SearchTerm[]): Promise<TermHits> {
    if (terms.length === 0) return { inCity: new Map(), outsideCity: [] };
    const queries = this.buildQueries(terms);
    const { results } = (await this.engine.client.multiSearch({ queries })) as {
      results: SearchResponse<Record<string, unknown>>[];
    };
    return {
      inCity: new Map(terms.map((term, i) => [term.text, new Set(results[i].hits.map((hit) => String(hit['id'])))])),
      outsideCity: results[terms.length].hits.map((hit) => String(hit['id'])),
    };
  }
}
