export * from './lib/meilisearch-connection';
export * from './lib/search-engine.service';
export * from './lib/search.module';
export * from './lib/search-index-definition';
export * from './lib/search-index.registry';
export * from './lib/search-outbox';
export * from './lib/search-outbox.worker';
export * from './lib/search-reindexer';
