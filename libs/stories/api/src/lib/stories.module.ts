import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@tsunagu/accounts/api';
import { NeedsModule } from '@tsunagu/needs/api';
import { NotificationsModule } from '@tsunagu/notifications/api';
import { STORIES_ENTITIES } from './entities';
import { NeedStoryResolver, StoryResolver } from './stories/story.resolver';
import { StoryRepository } from './stories/story.repository';
import { StorySeeding } from './stories/story-seeding.repository';
import { StoryPhotoController } from './stories/story-photo.controller';
import { StoryPhotoStore } from './stories/story-photo.store';
import { PublishedStories } from './stories/published-stories.service';
import { StoryService } from './stories/story.service';
import { StoryViews } from './stories/story-views.service';

export { STORIES_ENTITIES };

/**
 * Good examples (好事例, issue #18): a finished need told by the group and the helper, published
 * with both parties' consent after staff moderation.
 */
@Module({
  imports: [TypeOrmModule.forFeature(STORIES_ENTITIES), AccountsModule, NeedsModule, NotificationsModule],
  controllers: [StoryPhotoController],
  providers: [
    StoryRepository,
    StoryViews,
    StoryService,
    StoryResolver,
    NeedStoryResolver,
    StorySeeding,
    StoryPhotoStore,
    PublishedStories,
  ],
  // the demo seeder writes its stories through StorySeeding; the 回覧板 insert prints PublishedStories
  exports: [StorySeeding, PublishedStories],
})
export class StoriesModule {}
