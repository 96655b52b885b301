import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import type { EntityManager } from 'typeorm';
import { COMMUNITY_GROUP_SEARCH_SOURCE, GroupDirectory } from '@tsunagu/accounts/api';
import { type ConceptIndexFields, conceptIndexFields } from '@tsunagu/language/api';
import { type SearchDocument, type SearchIndexDefinition, SearchIndexRegistry } from '@tsunagu/search/api';
import { ACTIVITY_FIELDS } from '@tsunagu/shared/util';
import type { NeedEntity } from '../entities/need.entity';
import { NeedRepository } from '../needs/need.repository';
import { isPublicNeed } from '../needs/open-needs';

export const NEED_INDEX = 'needs';

/** A need without dates is "any time": it falls in every date range. */
const NO_START = 0;
const NO_END = 99_991_231;

/** The same Japanese handling as the NPO index: locale, the thesaurus's concepts, no typo tolerance. */
export const NEED_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['title', 'description', 'fieldLabels', 'place', 'groupName', 'ward'],
  filterableAttributes: ['ward', 'fields', 'helpKind', 'status', 'startsOn', 'endsOn', 'deadline', 'concepts'],
  sortableAttributes: ['publishedAt', 'deadline', 'startsOn'],
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['jpn'] }],
  synonyms: {},
  typoTolerance: { enabled: false },
  faceting: { maxValuesPerFacet: 100 },
  pagination: { maxTotalHits: 10_000 },
};

/** 'YYYY-MM-DD' → 20261130, a number Meilisearch can compare in filters. */
export const dayNumber = (date: string | null, fallback: number): number =>
  date ? Number(date.replaceAll('-', '')) : fallback;

export function toNeedSearchDocument(need: NeedEntity, groupName: string, topics: ConceptIndexFields): SearchDocument {
  return {
    id: need.id,
    title: need.title,
    description: need.description,
    fields: need.fields,
    fieldLabels: need.fields.map((id) => ACTIVITY_FIELDS[id - 1]?.statutoryName).filter(Boolean),
    helpKind: need.helpKind,
    ward: need.ward,
    place: need.place,
    groupName,
    status: need.status,
    startsOn: dayNumber(need.startsOn, NO_START),
    endsOn: dayNumber(need.endsOn ?? need.startsOn, NO_END),
    deadline: dayNumber(need.deadline, NO_END),
    publishedAt: need.publishedAt ? need.publishedAt.getTime() : 0,
    concepts: topics.concepts,
  };
}

/**
 * Who may find a need in search (isPublicNeed): published, matched or done needs of verified
 * groups that staff have not hidden. The index holds only these (anything else is absent, so it
 * is deleted from the index), and search checks its hits against the same rule (NeedSearchService).
 */
@Injectable()
export class NeedSearchIndex implements SearchIndexDefinition, OnModuleInit {
  readonly baseName = NEED_INDEX;
  readonly settings = NEED_INDEX_SETTINGS;

  constructor(
    private readonly needs: NeedRepository,
    private readonly groups: GroupDirectory,
    private readonly registry: SearchIndexRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async loadDocuments(ids: readonly string[]): Promise<SearchDocument[]> {
    return this.documentsOf(await this.needs.publicByIds(ids));
  }

  /** A group's status decides whether its needs are public: all of them follow it (drafts never are). */
  async dependentIds(manager: EntityManager, source: string, ids: readonly string[]): Promise<string[]> {
    if (source !== COMMUNITY_GROUP_SEARCH_SOURCE) return [];
    return this.needs.nonDraftIdsOfGroups(ids, manager);
  }

  async *loadAllDocuments(batchSize: number): AsyncIterable<SearchDocument[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page = await this.needs.publicPage(after, batchSize);
      if (page.length === 0) return;
      const documents = await this.documentsOf(page);
      if (documents.length > 0) yield documents;
      after = page[page.length - 1].id;
    }
  }

  private async documentsOf(needs: NeedEntity[]): Promise<SearchDocument[]> {
    const groups = await this.groups.byIds(needs.map((n) => n.groupId));
    return needs.flatMap((need) => {
      const group = groups.get(need.groupId);
      return group && isPublicNeed(need, group.status)
        ? [toNeedSearchDocument(need, group.name, conceptIndexFields(`${need.title}\n${need.description}`))]
        : [];
    });
  }
}
