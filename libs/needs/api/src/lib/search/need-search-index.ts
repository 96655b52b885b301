import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import { DataSource, type EntityManager } from 'typeorm';
import { COMMUNITY_GROUP_SEARCH_SOURCE } from '@tsunagu/accounts/api';
import { NPO_SYNONYMS, synonymTermsFor } from '@tsunagu/npo/api';
import { type SearchDocument, type SearchIndexDefinition, SearchIndexRegistry } from '@tsunagu/search/api';
import { ACTIVITY_FIELDS } from '@tsunagu/shared/util';

export const NEED_INDEX = 'needs';

/** A need without dates is "any time": it falls in every date range. */
const NO_START = 0;
const NO_END = 99_991_231;

/** The same Japanese handling as the NPO index: locale, synonyms, no typo tolerance. */
export const NEED_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['title', 'description', 'fieldLabels', 'place', 'groupName', 'ward', 'synonymTerms'],
  filterableAttributes: ['ward', 'fields', 'helpKind', 'status', 'startsOn', 'endsOn', 'deadline'],
  sortableAttributes: ['publishedAt', 'deadline', 'startsOn'],
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['jpn'] }],
  synonyms: NPO_SYNONYMS,
  typoTolerance: { enabled: false },
  faceting: { maxValuesPerFacet: 100 },
  pagination: { maxTotalHits: 10_000 },
};

/** 'YYYY-MM-DD' → 20261130, a number Meilisearch can compare in filters. */
export const dayNumber = (date: string | null, fallback: number): number =>
  date ? Number(date.replaceAll('-', '')) : fallback;

interface NeedRow {
  id: string;
  title: string;
  description: string;
  fields: number[];
  help_kind: string;
  ward: string;
  place: string | null;
  starts_on: string | null;
  ends_on: string | null;
  deadline: string | null;
  status: string;
  published_at: Date | null;
  group_name: string;
}

/** The statuses of a need anyone may see (of a verified group, not hidden). */
export const PUBLIC_NEED_STATUSES = ['PUBLISHED', 'MATCHED', 'DONE'] as const;

/**
 * Who may find a need in search, as SQL over `need n JOIN community_group g`: published, matched
 * or done needs of verified groups that staff have not hidden. The index holds only these, and
 * search checks its hits against the same condition (see NeedSearchService).
 */
export const PUBLIC_NEED_CONDITION = `n.status IN (${PUBLIC_NEED_STATUSES.map((s) => `'${s}'`).join(', ')})
   AND n.hidden_at IS NULL AND g.status = 'VERIFIED'`;

// Anything else is absent, so it is deleted from the index.
const SELECT_PUBLIC = `
  SELECT n.id, n.title, n.description, n.fields, n.help_kind, n.ward, n.place, n.starts_on, n.ends_on,
         n.deadline, n.status, n.published_at, g.name AS group_name
    FROM need n JOIN community_group g ON g.id = n.group_id
   WHERE ${PUBLIC_NEED_CONDITION}`;

export function toNeedSearchDocument(row: NeedRow): SearchDocument {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    fields: row.fields,
    fieldLabels: row.fields.map((id) => ACTIVITY_FIELDS[id - 1]?.statutoryName).filter(Boolean),
    helpKind: row.help_kind,
    ward: row.ward,
    place: row.place,
    groupName: row.group_name,
    status: row.status,
    startsOn: dayNumber(row.starts_on, NO_START),
    endsOn: dayNumber(row.ends_on ?? row.starts_on, NO_END),
    deadline: dayNumber(row.deadline, NO_END),
    publishedAt: row.published_at ? row.published_at.getTime() : 0,
    synonymTerms: synonymTermsFor(`${row.title} ${row.description}`),
  };
}

@Injectable()
export class NeedSearchIndex implements SearchIndexDefinition, OnModuleInit {
  readonly baseName = NEED_INDEX;
  readonly settings = NEED_INDEX_SETTINGS;

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: SearchIndexRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async loadDocuments(ids: readonly string[]): Promise<SearchDocument[]> {
    const rows: NeedRow[] = await this.dataSource.query(`${SELECT_PUBLIC} AND n.id = ANY($1::uuid[])`, [ids]);
    return rows.map(toNeedSearchDocument);
  }

  /** A group's status decides whether its needs are public: all of them follow it (drafts never are). */
  async dependentIds(manager: EntityManager, source: string, ids: readonly string[]): Promise<string[]> {
    if (source !== COMMUNITY_GROUP_SEARCH_SOURCE) return [];
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM need WHERE group_id = ANY($1::uuid[]) AND status <> 'DRAFT'`,
      [ids],
    );
    return rows.map((r) => r.id);
  }

  async *loadAllDocuments(batchSize: number): AsyncIterable<SearchDocument[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: NeedRow[] = await this.dataSource.query(`${SELECT_PUBLIC} AND n.id > $1 ORDER BY n.id LIMIT $2`, [
        after,
        batchSize,
      ]);
      if (rows.length === 0) return;
      yield rows.map(toNeedSearchDocument);
      after = rows[rows.length - 1].id;
    }
  }
}
