export * from './lib/meilisearch-connection';
export * from './lib/search-engine.service';
export * from './lib/search.module';
