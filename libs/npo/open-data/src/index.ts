export * from './lib/open-data-columns.constant';
export * from './lib/corporate-number';
export * from './lib/open-data-csv.encoder';
export * from './lib/open-data-zip';
export * from './lib/demo-open-data.generator';
export * from './lib/demo-open-data-zip';
