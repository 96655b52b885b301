export * from './lib/impact.module';
