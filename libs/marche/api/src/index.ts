export * from './lib/marche.module';
export * from './lib/marche.service';
export * from './lib/marche.model';
