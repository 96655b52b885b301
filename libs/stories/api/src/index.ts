export * from './lib/stories.module';
