export * from './lib/schemes.module';
export * from './lib/catalogue/support-scheme.service';
export * from './lib/catalogue/support-scheme.model';
export { type CleanScheme, cleanSchemeInput } from './lib/catalogue/support-scheme-input';
export * from './lib/matching/scheme-match.service';
