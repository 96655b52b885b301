export * from './lib/stories.module';
export * from './lib/stories/story-seeding.repository';
export * from './lib/stories/published-stories.service';
