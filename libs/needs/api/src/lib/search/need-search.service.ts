import { Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { AuthenticatedUser } from '@tsunagu/accounts/api';
import { normalizeText } from '@tsunagu/npo/open-data';
import { SearchEngineService, filterString, isIndexNotFound } from '@tsunagu/search/api';
import { serviceUnavailable } from '@tsunagu/shared/api-core';
import { NeedEntity } from '../entities/need.entity';
import { NeedService } from '../needs/need.service';
import { NeedStatus } from '../needs/need.model';
import { NEED_INDEX, dayNumber } from './need-search-index';
import type { NeedSearchResult, SearchNeedsInput } from './search-needs.input';

/** `searchNeeds`: Meilisearch finds, PostgreSQL (the record) supplies what is shown. */
@Injectable()
export class NeedSearchService {
  private readonly logger = new Logger(NeedSearchService.name);

  constructor(
    private readonly engine: SearchEngineService,
    private readonly dataSource: DataSource,
    private readonly needs: NeedService,
  ) {}

  filterFor(input: SearchNeedsInput): string {
    const statuses = input.statuses?.length ? input.statuses : [NeedStatus.PUBLISHED];
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
    const q = normalizeText(input.query ?? '');
    let ids: string[];
    let total: number;
    try {
      const result = await this.engine.client.index(this.engine.indexUid(NEED_INDEX)).search(q, {
        filter: this.filterFor(input),
        // Without words, the newest first; with words, the best match first.
        sort: q ? undefined : ['publishedAt:desc'],
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
      throw serviceUnavailable(
        '検索が一時的に使えません。しばらくしてから、もう一度お試しください。 / Search is temporarily unavailable.',
        'meilisearch',
      );
    }
    const rows = ids.length ? await this.dataSource.getRepository(NeedEntity).find({ where: { id: In(ids) } }) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    // Keep the engine's order; a row hidden since it was indexed is not shown.
    const ordered = ids.flatMap((id) => {
      const row = byId.get(id);
      return row && !row.hiddenAt ? [row] : [];
    });
    return { total, hits: await this.needs.views(ordered, user) };
  }
}
