import { Injectable, Logger } from '@nestjs/common';
import { type AuthenticatedUser, GroupDirectory } from '@tsunagu/accounts/api';
import { JapaneseAnalyser, conceptQuery } from '@tsunagu/language/api';
import { normalizeText } from '@tsunagu/npo/open-data';
import { SearchEngineService, filterString, isIndexNotFound } from '@tsunagu/search/api';
import { serviceUnavailable } from '@tsunagu/shared/api-core';
import type { NeedEntity } from '../entities/need.entity';
import { NeedService } from '../needs/need.service';
import { NeedStatus } from '../needs/need.model';
import { needMessages } from '../needs.messages';
import { NeedRepository } from '../needs/need.repository';
import { isPublicNeed } from '../needs/open-needs';
import { NEED_INDEX, dayNumber } from './need-search-index';
import type { NeedSearchResult, SearchNeedsInput } from './search-needs.input';

const statusesOf = (input: SearchNeedsInput) => (input.statuses?.length ? input.statuses : [NeedStatus.PUBLISHED]);

/** `searchNeeds`: Meilisearch finds, PostgreSQL (the record) supplies what is shown. */
@Injectable()
export class NeedSearchService {
  private readonly logger = new Logger(NeedSearchService.name);

  constructor(
    private readonly engine: SearchEngineService,
    private readonly needs: NeedService,
    private readonly needRows: NeedRepository,
    private readonly groups: GroupDirectory,
    private readonly analyser: JapaneseAnalyser,
  ) {}

  filterFor(input: SearchNeedsInput): string {
    const statuses = statusesOf(input);
    const parts = [`status IN [${statuses.map(filterString).join(', ')}]`];
    if (input.wards?.length) parts.push(`ward IN [${input.wards.map(filterString).join(', ')}]`);
    if (input.fields?.length) parts.push(`fields IN [${input.fields.join(', ')}]`);
    if (input.helpKinds?.length) parts.push(`helpKind IN [${input.helpKinds.map(filterString).join(', ')}]`);
    // The activity overlaps the asked range; a need without dates ("any time") always does.
    if (input.from) parts.push(`endsOn >= ${dayNumber(input.from, 0)}`);
    if (input.to) parts.push(`startsOn <= ${dayNumber(input.to, 0)}`);
    return parts.join(' AND ');
  }

  async search(input: SearchNeedsInput, user: AuthenticatedUser | undefined): Promise<NeedSearchResult> {
    await this.analyser.ready();
    // The same reading of topics as NPO search: a topic is a concept filter, the rest words.
    const words = normalizeText(input.query ?? '');
    const { q, concepts } = conceptQuery(this.analyser, words);
    const filters = concepts.map((id) => `concepts = ${filterString(id)}`);
    let ids: string[];
    let total: number;
    try {
      const result = await this.engine.client.index(this.engine.indexUid(NEED_INDEX)).search(q, {
        filter: [this.filterFor(input), ...filters].join(' AND '),
        // Without words, the newest first; with words, the best match first.
        sort: words ? undefined : ['publishedAt:desc'],
        offset: (input.page - 1) * input.pageSize,
        limit: input.pageSize,
        attributesToRetrieve: ['id'],
        locales: ['jpn'],
      });
      ids = result.hits.map((hit) => String(hit['id']));
      total = result.estimatedTotalHits ?? ids.length;
    } catch (error) {
      if (isIndexNotFound(error)) return { total: 0, hits: [] };
      this.logger.warn(`need search failed: ${(error as Error).message}`);
      throw serviceUnavailable(needMessages.searchUnavailable, 'meilisearch');
    }
    const visible = await this.stillVisible(ids, input);
    // Keep the engine's order. A hit the record no longer allows (its group refused, the need
    // hidden or closed, and the outbox not applied yet) is dropped and not counted: the total is
    // the engine's minus what this page dropped, so it never promises more than can be shown.
    const ordered = ids.flatMap((id) => visible.get(id) ?? []);
    return {
      total: Math.max(total - (ids.length - ordered.length), ordered.length),
      hits: await this.needs.views(ordered, user),
    };
  }

  /**
   * The hits PostgreSQL says anyone may see, and with a status the caller asked for: one query
   * by ids, so search never shows what the index has not caught up with.
   */
  private async stillVisible(ids: string[], input: SearchNeedsInput): Promise<Map<string, NeedEntity>> {
    if (ids.length === 0) return new Map();
    const statuses = statusesOf(input);
    const rows = await this.needRows.publicByIds(ids, statuses);
    const groups = await this.groups.byIds(rows.map((r) => r.groupId));
    return new Map(rows.filter((r) => isPublicNeed(r, groups.get(r.groupId)?.status)).map((r) => [r.id, r]));
  }
}
