import { type DynamicModule, Module } from '@nestjs/common';
import { MEILISEARCH_CONNECTION, type MeilisearchConnection } from './meilisearch-connection';
import { SearchEngineService } from './search-engine.service';
import { SearchIndexRegistry } from './search-index.registry';
import { SearchOutbox } from './search-outbox';
import { SearchOutboxRepository } from './search-outbox.repository';
import { SearchOutboxWorker } from './search-outbox.worker';
import { SearchReindexer } from './search-reindexer';

@Module({})
export class SearchModule {
  static forRoot(connection: MeilisearchConnection): DynamicModule {
    return {
      module: SearchModule,
      global: true,
      providers: [
        { provide: MEILISEARCH_CONNECTION, useValue: connection },
        SearchEngineService,
        SearchIndexRegistry,
        SearchOutbox,
        SearchOutboxRepository,
        SearchOutboxWorker,
        SearchReindexer,
      ],
      exports: [SearchEngineService, SearchIndexRegistry, SearchOutbox, SearchOutboxWorker, SearchReindexer],
    };
  }
}
