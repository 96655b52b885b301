export * from './lib/databook.module';
export * from './lib/databook.service';
export * from './lib/databook-options';
export * from './lib/databook-plan';
export * from './lib/databook-renderer';
export * from './lib/databook-selection';
export * from './lib/data-book-jobs';
export * from './lib/databook-table';
