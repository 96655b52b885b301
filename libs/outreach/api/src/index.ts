export * from './lib/outreach.module';
