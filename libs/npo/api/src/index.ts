export * from './lib/npo.module';
export * from './lib/entities/npo.entity';
export * from './lib/entities/npo-import-run.entity';
export * from './lib/import/npo-import.service';
export * from './lib/import/npo-import.types';
export * from './lib/search/npo-search.service';
export * from './lib/search/npo-search-index';
export * from './lib/graphql/search-npos.input';
