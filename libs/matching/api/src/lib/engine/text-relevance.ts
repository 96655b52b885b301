import { Injectable } from '@nestjs/common';
import type { MultiSearchQuery, SearchResponse } from 'meilisearch';
import { NPO_INDEX } from '@tsunagu/npo/api';
import { SearchEngineService } from '@tsunagu/search/api';
import type { SearchTerm } from './need-terms';

const PER_TERM = 60;
const OUTSIDE_CITY = 5;

export interface TextRelevance {
  /** NPO id → 0–1 */
  readonly scores: ReadonlyMap<string, number>;
  /** NPOs outside the city that the words found (lowest place tier, but still worth a look) */
  readonly outsideCity: readonly string[];
}

/**
 * Meilisearch on the need's words, with the index's Japanese segmentation and synonyms: one
 * query per word in one multi-search round trip. An NPO's relevance is the weighted share of
 * the need's words that found it, each counted by Meilisearch's ranking score.
 */
@Injectable()
export class TextRelevanceSearch {
  constructor(private readonly engine: SearchEngineService) {}

  async forTerms(terms: readonly SearchTerm[]): Promise<TextRelevance> {
    if (terms.length === 0) return { scores: new Map(), outsideCity: [] };
    const indexUid = this.engine.indexUid(NPO_INDEX);
    const queries: MultiSearchQuery[] = terms.map((term) => ({
      indexUid,
      q: term.text,
      filter: 'status = "ACTIVE" AND inCity = true',
      // A known word must match whole; a word cut from the text may match in part (防災訓練 → 防災).
      matchingStrategy: term.known ? 'all' : 'last',
      limit: PER_TERM,
      attributesToRetrieve: ['id'],
      showRankingScore: true,
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
    const { results } = (await this.engine.client.multiSearch({ queries })) as {
      results: SearchResponse<Record<string, unknown>>[];
    };
    const total = terms.reduce((sum, t) => sum + t.weight, 0);
    const scores = new Map<string, number>();
    terms.forEach((term, i) => {
      for (const hit of results[i].hits) {
        const id = String(hit['id']);
        const ranking = Number(hit['_rankingScore'] ?? 1);
        scores.set(id, (scores.get(id) ?? 0) + (term.weight * ranking) / total);
      }
    });
    return { scores, outsideCity: results[terms.length].hits.map((hit) => String(hit['id'])) };
  }
}
