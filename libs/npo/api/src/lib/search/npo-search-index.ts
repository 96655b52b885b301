import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Settings } from 'meilisearch';
import { type ConceptIndexFields, conceptIndexFields } from '@tsunagu/language/api';
import { katakanaToHiragana } from '@tsunagu/npo/open-data';
import { type SearchDocument, type SearchIndexDefinition, SearchIndexRegistry } from '@tsunagu/search/api';
import { APP_CONFIG, type AppConfig } from '@tsunagu/shared/api-core';
import { ACTIVITY_FIELDS } from '@tsunagu/shared/util';
import type { NpoEntity } from '../entities/npo.entity';
import { certificationInForce } from '../npo.mapper';
import { NpoRepository } from '../directory/npo.repository';
import { NpoProfileRepository } from '../profile/npo-profile.repository';

export const NPO_INDEX = 'npos';

/**
 * Ordered by what a resident means when typing: the name first, its reading, then what the NPO
 * does (purpose, programmes, field names), then where it is.
 */
export const NPO_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['name', 'nameKana', 'nameFolded', 'programmes', 'purpose', 'fieldLabels', 'ward', 'address'],
  filterableAttributes: ['kind', 'ward', 'city', 'inCity', 'fields', 'certified', 'status', 'concepts'],
  sortableAttributes: ['nameKana', 'establishedOn'],
  // Without this, text made only of kanji is segmented as Chinese and searches miss.
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['jpn'] }],
  // Words written differently are one concept of the civic thesaurus, carried by each document
  // (concepts, filterable); index-wide synonyms of the earlier hand list are cleared.
  synonyms: {},
  // Typos are an alphabet idea; on Japanese words they only add wrong hits.
  typoTolerance: { enabled: false },
  faceting: { maxValuesPerFacet: 100 },
  pagination: { maxTotalHits: 100_000 },
};

export function toNpoSearchDocument(
  npo: NpoEntity,
  cityName: string,
  introduction: string | null,
  topics: ConceptIndexFields,
): SearchDocument {
  return {
    id: npo.id,
    kind: npo.kind,
    name: npo.name,
    nameKana: npo.nameKana,
    // Hiragana form of the name and reading, so a hiragana query finds a katakana reading.
    nameFolded: katakanaToHiragana(`${npo.name} ${npo.nameKana ?? ''}`.trim()),
    purpose: npo.purpose,
    programmes: npo.programmes,
    // What the NPO wrote about itself, in its own words, is often what residents type.
    introduction,
    fieldLabels: npo.fields.map((id) => ACTIVITY_FIELDS[id - 1]?.statutoryName).filter(Boolean),
    fields: npo.fields,
    ward: npo.ward,
    city: npo.city,
    address: npo.address,
    inCity: npo.city === cityName,
    certified: certificationInForce(npo),
    status: npo.status,
    establishedOn: npo.establishedOn,
    concepts: topics.concepts,
  };
}

@Injectable()
export class NpoSearchIndex implements SearchIndexDefinition, OnModuleInit {
  readonly baseName = NPO_INDEX;
  readonly settings = NPO_INDEX_SETTINGS;

  constructor(
    private readonly npos: NpoRepository,
    private readonly profiles: NpoProfileRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: SearchIndexRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async loadDocuments(ids: readonly string[]): Promise<SearchDocument[]> {
    return this.withIntroductions(await this.npos.findByIds(ids));
  }

  private async withIntroductions(rows: NpoEntity[]): Promise<SearchDocument[]> {
    const byId = await this.profiles.introductionsOf(rows.map((r) => r.id));
    return rows.map((npo) => {
      const introduction = byId.get(npo.id) ?? null;
      const text = `${npo.name}\n${npo.purpose ?? ''}\n${npo.programmes ?? ''}\n${introduction ?? ''}`;
      return toNpoSearchDocument(npo, this.config.cityName, introduction, conceptIndexFields(text));
    });
  }

  async *loadAllDocuments(batchSize: number): AsyncIterable<SearchDocument[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.npos.batchAfter(after, batchSize);
      if (rows.length === 0) return;
      yield await this.withIntroductions(rows);
      after = rows[rows.length - 1].id;
    }
  }
}
