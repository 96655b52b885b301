export * from './lib/needs.module';
export * from './lib/entities/need.entity';
export * from './lib/needs/need.model';
export * from './lib/needs/need.service';
export * from './lib/needs/need-lifecycle';
export * from './lib/offers/offer.service';
export * from './lib/search/need-search-index';
