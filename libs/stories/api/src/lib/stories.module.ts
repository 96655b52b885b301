import { Module } from '@nestjs/common';
import { STORIES_ENTITIES } from './entities';

export { STORIES_ENTITIES };

/**
 * Good examples (好事例, issue #18): a finished need told by the group and the helper, published
 * with both parties' consent after staff moderation.
 */
@Module({})
export class StoriesModule {}
